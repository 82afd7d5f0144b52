package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.Secrets;
import eltdeck.profile.TunnelSpec;
import eltdeck.testvm.Await;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpProbe;
import eltdeck.testvm.HttpStandIn;
import eltdeck.testvm.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verbs that need the VM, run in-process against an embedded sshd: output, exit codes, messages. */
class VmCommandsTest {
    @TempDir
    Path dir;
    private AppContext context;
    private EmbeddedSshd sshd;
    private TestKeys.Key key;

    @BeforeEach
    void start() {
        context = AppContext.open(dir.resolve("home"), Secrets.none());
        key = new TestKeys(dir.resolve("keys")).ed25519();
        sshd = EmbeddedSshd.start("deck", TestKeys.authorize(dir.resolve("authorized_keys"), key));
    }

    @AfterEach
    void stop() {
        sshd.stop();
    }

    private void addProfile(String name, String user, Path knownHosts) {
        CliRun add = CliRun.of(context, "profile", "add", name, "--host", sshd.host(), "--port", String.valueOf(sshd.port()),
                "--user", user, "--identity", key.privateKey().toString(), "--no-agent", "--known-hosts", knownHosts.toString());
        assertThat(add.exitCode()).as(add.err()).isZero();
    }

    @Test
    void execStreamsOutputAndReturnsTheRemoteExitCode() {
        addProfile("vm", sshd.user(), sshd.writeKnownHosts(dir.resolve("known_hosts")));
        CliRun run = CliRun.of(context, "exec", "vm", "--", "sh", "-c", "echo to-out; echo to-err >&2; exit 42");
        assertThat(run.exitCode()).isEqualTo(42);
        assertThat(run.out()).isEqualTo("to-out\n");
        assertThat(run.err()).isEqualTo("to-err\n");
        assertThat(CliRun.of(context, "exec", "vm", "--", "echo $((6*7)) | tr 4 X").out()).isEqualTo("X2\n");
    }

    @Test
    void unknownHostIsRefusedUntilAcceptedThenRemembered() throws Exception {
        Path knownHosts = dir.resolve("known_hosts");
        addProfile("vm", sshd.user(), knownHosts);
        CliRun refused = CliRun.of(context, "exec", "vm", "--", "true");
        assertThat(refused.exitCode()).isEqualTo(255);
        assertThat(refused.err()).contains("is not known", sshd.hostKey().fingerprint(), "--accept-new-host-key");
        assertThat(knownHosts).doesNotExist();

        assertThat(CliRun.of(context, "exec", "vm", "--accept-new-host-key", "--", "true").exitCode()).isZero();
        assertThat(Files.readString(knownHosts)).contains(sshd.hostId());
        assertThat(CliRun.of(context, "exec", "vm", "--", "true").exitCode()).isZero();
    }

    @Test
    void changedHostKeyIsAlwaysRefusedAndReplacedOnlyOnRequest() throws Exception {
        Path knownHosts = sshd.writeKnownHosts(dir.resolve("known_hosts"));
        addProfile("vm", sshd.user(), knownHosts);
        String before = Files.readString(knownHosts);
        sshd.restartWithNewHostKey();
        CliRun refused = CliRun.of(context, "exec", "vm", "--accept-new-host-key", "--", "true");
        assertThat(refused.exitCode()).isEqualTo(255);
        assertThat(refused.err()).contains("has CHANGED", "man-in-the-middle", sshd.hostKey().fingerprint());
        assertThat(Files.readString(knownHosts)).isEqualTo(before);

        CliRun replaced = CliRun.of(context, "hostkey", "replace", "vm", "--yes");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("known:", "offered:", sshd.hostKey().fingerprint(), "Replaced");
        assertThat(CliRun.of(context, "exec", "vm", "--", "true").exitCode()).isZero();
    }

    @Test
    void eachConnectionProblemSaysWhatItIs() {
        Path knownHosts = sshd.writeKnownHosts(dir.resolve("known_hosts"));
        addProfile("wrong-user", "nobody-here", knownHosts);
        assertThat(CliRun.of(context, "connect", "wrong-user").err()).contains("refused to log in user 'nobody-here'");

        CliRun closed = CliRun.of(context, "profile", "add", "closed", "--host", "127.0.0.1", "--port",
                String.valueOf(FreePort.find()), "--user", "deck", "--identity", key.privateKey().toString(), "--no-agent");
        assertThat(closed.exitCode()).isZero();
        CliRun refused = CliRun.of(context, "connect", "closed");
        assertThat(refused.exitCode()).isEqualTo(255);
        assertThat(refused.err()).contains("Nothing accepts SSH connections");

        CliRun nameless = CliRun.of(context, "profile", "add", "nameless", "--host", "vm.eltdeck.invalid", "--user", "deck",
                "--identity", key.privateKey().toString(), "--no-agent");
        assertThat(nameless.exitCode()).isZero();
        assertThat(CliRun.of(context, "connect", "nameless").err()).contains("cannot be resolved");
    }

    @Test
    void connectHoldsTheTunnelsUpUntilStopped() throws Exception {
        int remote = FreePort.find();
        int local = FreePort.find();
        try (HttpStandIn http = HttpStandIn.start(remote)) {
            addProfile("vm", sshd.user(), sshd.writeKnownHosts(dir.resolve("known_hosts")));
            Profile p = context.profiles().get("vm");
            context.profiles().update("vm", p.withTunnels(List.of(new TunnelSpec("web", remote, remote + 1))));
            AtomicReference<CliRun> result = new AtomicReference<>();
            Thread connect = new Thread(() -> result.set(CliRun.of(context, "connect", "vm", "--map", remote + "=" + local,
                    "--probe-interval", "1")));
            connect.start();
            Await.until(Duration.ofSeconds(15), "HTTP through the tunnel on " + local,
                    () -> HttpProbe.answers(local, HttpStandIn.bodyFor(remote), Duration.ofSeconds(2)));
            connect.interrupt();
            connect.join(10_000);
            assertThat(connect.isAlive()).isFalse();
            assertThat(result.get().exitCode()).isZero();
            assertThat(result.get().out()).contains("Connected to deck@127.0.0.1", "web (" + remote + " → localhost:" + local + "): Up");
            assertThat(eltdeck.tunnel.PortHolder.isFree(local)).as("tunnel closed after stop").isTrue();
        }
    }
}
