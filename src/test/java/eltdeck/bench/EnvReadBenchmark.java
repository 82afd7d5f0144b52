package eltdeck.bench;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import eltdeck.testvm.TestKeys;
import eltdeck.tunnel.ConnectionSupervisor;
import eltdeck.ui.env.EnvAccess;
import eltdeck.ui.env.EnvDocument;
import eltdeck.ui.testsupport.EnvStack;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.WindowServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the .env tab takes to read the stack's {@code .env} (with {@code .env.example} and the compose file), on the
 * window's own path (the resolver, the shared links, {@link EnvAccess}), against a real OpenSSH sshd on loopback: with
 * the profile not connected (a login per read) and connected (a channel on the live connection). Prints figures;
 * asserts nothing. Run with {@code mvn -Pbench verify}.
 */
@Tag("bench")
class EnvReadBenchmark {
    private static final int ROUNDS = 7;

    @TempDir
    Path dir;

    @Test
    void readingTheEnvConnectedAndNot() throws Exception {
        Prerequisites.requireOpenSshd();
        TestKeys.Key key = new TestKeys(dir.resolve("keys")).ed25519();
        Path authorized = TestKeys.authorize(dir.resolve("authorized_keys"), key);
        EnvStack.write(dir.resolve("stack"), "SNOWFLAKE_ACCOUNT=xy12345\nSNOWFLAKE_USER=LOADER\nDBT_TARGET=prod\n");
        try (OpenSshd sshd = OpenSshd.onLoopback(dir.resolve("sshd"), authorized)) {
            AppContext context = AppContext.open(dir.resolve("app"), new NoKeychain());
            Profile profile = WindowServices.addStackProfile(context, sshd.profile(key.privateKey(),
                    sshd.writeKnownHosts(dir.resolve("known_hosts"))), dir.resolve("stack"));
            WindowServices window = WindowServices.of(context);
            EnvAccess env = EnvAccess.using(window.resolver());

            System.out.printf("%nReading the .env as the .env tab does, %d rounds (ms)%n", ROUNDS);
            System.out.printf("%-16s %8s %8s %8s%n", "profile", "median", "p90", "max");
            print("not connected", reads(env, profile));
            try (ConnectionSupervisor supervisor = window.supervisors().create(profile)) {
                supervisor.start();
                if (!supervisor.awaitConnected(Duration.ofSeconds(120))) {
                    throw new IllegalStateException("The profile did not connect: " + supervisor.state().describe());
                }
                print("connected", reads(env, profile));
            }
        }
    }

    private static double[] reads(EnvAccess env, Profile profile) throws Exception {
        env.load(profile).run(); // warm-up: class loading, the JIT
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            EnvDocument document = env.load(profile).run();
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (document.env().isEmpty()) {
                throw new IllegalStateException("The .env was not read");
            }
        }
        return millis;
    }

    private static void print(String label, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%-16s %8.1f %8.1f %8.1f%n", label, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.9) - 1], sorted[sorted.length - 1]);
    }
}
