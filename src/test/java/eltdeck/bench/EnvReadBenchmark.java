package eltdeck.bench;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import eltdeck.testvm.LoginUser;
import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import eltdeck.testvm.TestKeys;
import eltdeck.tunnel.ConnectionSupervisor;
import eltdeck.ui.env.EnvAccess;
import eltdeck.ui.env.EnvDocument;
import eltdeck.ui.testsupport.EnvStack;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.WindowServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the .env tab takes to read the stack's {@code .env} (with {@code .env.example} and the compose file), on the
 * window's own path (the resolver, the shared links, {@link EnvAccess}), against a real OpenSSH sshd on loopback that
 * logs in as an ordinary user ({@link LoginUser}: plain bash, a home from /etc/skel, the stack at {@code ~/NAME}):
 * with the profile not connected (a login per read) and connected (a channel on the live connection); beside them what
 * a user would run instead, {@code ssh HOST cat .env} with OpenSSH on a fresh connection and over a ControlMaster; and
 * the connected read logging in as this machine's root, whose login shell costs what it costs. The rows take turns
 * within each round, so that a busy machine slows them alike. Prints figures; asserts nothing. Run with
 * {@code mvn -Pbench verify}.
 */
@Tag("bench")
class EnvReadBenchmark {
    private static final int ROUNDS = 7;
    private static final String ENV = "SNOWFLAKE_ACCOUNT=xy12345\nSNOWFLAKE_USER=LOADER\nDBT_TARGET=prod\n";

    @TempDir
    Path dir;

    @Test
    void readingTheEnvConnectedAndNot() throws Exception {
        Prerequisites.requireOpenSshd();
        Prerequisites.requireCommands("ssh");
        LoginUser user = LoginUser.ensure(LoginUser.VM_USER);
        TestKeys.Key key = new TestKeys(dir.resolve("keys")).ed25519();
        Path authorized = LoginUser.readableByAll(TestKeys.authorize(dir.resolve("authorized/authorized_keys"), key), dir);
        String stackName = "envread-bench-" + ProcessHandle.current().pid();
        Path stack = user.home().resolve(stackName);
        EnvStack.write(stack, ENV);
        user.own(stack);
        try (OpenSshd sshd = OpenSshd.onLoopback(dir.resolve("sshd"), authorized)) {
            Path knownHosts = sshd.writeKnownHosts(dir.resolve("known_hosts"));
            AppContext context = AppContext.open(dir.resolve("app"), new NoKeychain());
            Profile asUser = sshd.profileAs(user.name(), key.privateKey(), false, knownHosts);
            Profile cold = add(context, asUser.withName("cold"), "~/" + stackName);
            Profile live = add(context, asUser.withName("live"), "~/" + stackName);
            Profile root = add(context, sshd.profile(key.privateKey(), knownHosts).withName("root"), stack.toString());
            WindowServices window = WindowServices.of(context);
            EnvAccess env = EnvAccess.using(window.resolver());
            String cat = "cat " + stackName + "/docker/.env";
            try (ConnectionSupervisor liveConnection = connect(window, live);
                 ConnectionSupervisor rootConnection = connect(window, root);
                 OpenSshClient openSsh = new OpenSshClient(sshd, user.name(), key.privateKey(), knownHosts, dir);
                 OpenSshClient openSshRoot = new OpenSshClient(sshd, "root", key.privateKey(), knownHosts, dir)) {
                openSsh.startMaster();
                Map<String, Read> rows = new LinkedHashMap<>();
                rows.put("ELT Deck, not connected", () -> load(env, cold));
                rows.put("ELT Deck, connected", () -> load(env, live));
                rows.put("ssh cat .env, fresh", () -> check(openSsh.run(cat)));
                rows.put("ssh cat .env, ControlMaster", () -> check(openSsh.runShared(cat)));
                rows.put("ELT Deck, connected, as root", () -> load(env, root));
                rows.put("ssh cat .env, fresh, as root", () -> check(openSshRoot.run("cat " + stack.resolve("docker/.env"))));
                print(measure(rows));
            }
        } finally {
            user.remove(stack);
        }
    }

    private interface Read {
        void run() throws Exception;
    }

    /** Each row once a round, in turn, after one warm-up round (class loading, the JIT, the first logins). */
    private static Map<String, double[]> measure(Map<String, Read> rows) throws Exception {
        Map<String, double[]> millis = new LinkedHashMap<>();
        rows.keySet().forEach(label -> millis.put(label, new double[ROUNDS]));
        for (int round = -1; round < ROUNDS; round++) {
            for (Map.Entry<String, Read> row : rows.entrySet()) {
                long start = System.nanoTime();
                row.getValue().run();
                if (round >= 0) {
                    millis.get(row.getKey())[round] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        return millis;
    }

    private static Profile add(AppContext context, Profile profile, String remoteDir) {
        Profile added = profile.withTunnels(List.of());
        context.profiles().add(added);
        new StackSettingsStore(context.database()).save(added.name(),
                StackSettings.forRepository("example/elt-stack").withRemoteDir(remoteDir));
        return added;
    }

    private static ConnectionSupervisor connect(WindowServices window, Profile profile) throws InterruptedException {
        ConnectionSupervisor supervisor = window.supervisors().create(profile);
        supervisor.start();
        if (!supervisor.awaitConnected(Duration.ofSeconds(120))) {
            supervisor.close();
            throw new IllegalStateException("The profile did not connect: " + supervisor.state().describe());
        }
        return supervisor;
    }

    private static void load(EnvAccess env, Profile profile) throws Exception {
        EnvDocument document = env.load(profile).run();
        if (!document.vmText().equals(ENV) || document.example().isEmpty() || document.compose().isEmpty()) {
            throw new IllegalStateException("The .env tab did not read the three files of " + profile.name());
        }
    }

    private static void check(byte[] read) {
        if (!new String(read, StandardCharsets.UTF_8).equals(ENV)) {
            throw new IllegalStateException("ssh read another .env");
        }
    }

    private static void print(Map<String, double[]> millis) {
        System.out.printf("%nReading the .env, %d rounds, the rows in turn (ms)%n", ROUNDS);
        System.out.printf("%-30s %8s %8s %8s%n", "", "min", "median", "max");
        millis.forEach((label, values) -> System.out.printf("%-30s %8.1f %8.1f %8.1f%n", label,
                Measure.percentile(values, 0), Measure.percentile(values, 50), Measure.percentile(values, 100)));
    }
}
