package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.Profile;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpStandIn;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures found before or without an SSH server's answer: each has its own kind and says what is wrong. */
class ConnectErrorsTest {
    @TempDir
    Path dir;
    final SshConnector connector = new SshConnector(NoPassphrase.SOURCE, null);

    @Test
    void closedPortIsConnectionRefused() throws Exception {
        int port = FreePort.find();
        SshFailure f = failure(profile("127.0.0.1", port, key()));
        assertThat(f.kind()).isEqualTo(SshFailure.Kind.CONNECTION_REFUSED);
        assertThat(f.getMessage()).contains("127.0.0.1:" + port, "sshd");
        assertThat(f.kind().retry()).as("a network failure").isEqualTo(SshFailure.Retry.WHEN_REACHABLE);
    }

    /** .invalid never resolves (RFC 2606); the tests resolve from a hosts file only, so no DNS server is asked. */
    @Test
    void unresolvableNameIsHostNotFound() throws Exception {
        assertThat(System.getProperty("jdk.net.hosts.file")).as("surefire's argLine must keep tests off DNS").isNotBlank();
        SshFailure f = failure(profile("vm.eltdeck.invalid", 22, key()));
        assertThat(f.kind()).isEqualTo(SshFailure.Kind.HOST_NOT_FOUND);
        assertThat(f.getMessage()).contains("'vm.eltdeck.invalid'", "cannot be resolved");
    }

    @Test
    void fileThatIsNoKeyIsKeyUnreadable() throws Exception {
        Path notAKey = Files.writeString(dir.resolve("notes.txt"), "this is not a private key\n");
        SshFailure f = failure(profile("127.0.0.1", FreePort.find(), notAKey));
        assertThat(f.kind()).isEqualTo(SshFailure.Kind.KEY_UNREADABLE);
        assertThat(f.getMessage()).contains(notAKey.toString(), "not a private key");
        assertThat(f.kind().retry()).as("something to fix, not the network").isEqualTo(SshFailure.Retry.AFTER_BACKOFF);
    }

    @Test
    void publicKeyInsteadOfPrivateIsKeyUnreadable() throws Exception {
        key();
        Path pub = dir.resolve("id_ed25519.pub");
        SshFailure f = failure(profile("127.0.0.1", FreePort.find(), pub));
        assertThat(f.kind()).isEqualTo(SshFailure.Kind.KEY_UNREADABLE);
        assertThat(f.getMessage()).contains(pub.toString(), "not the .pub");
    }

    @Test
    void missingKeyFileIsKeyUnreadable() {
        Path missing = dir.resolve("no_such_key");
        SshFailure f = failure(profile("127.0.0.1", FreePort.find(), missing));
        assertThat(f.kind()).isEqualTo(SshFailure.Kind.KEY_UNREADABLE);
        assertThat(f.getMessage()).contains(missing.toString(), "does not exist");
    }

    @Test
    void agentOnlyProfileWithoutAgentIsAgentUnavailable() {
        Profile agentOnly = new Profile("t", "127.0.0.1", FreePort.find(), "deck", null, true, null, dir.resolve("kh"),
                null, List.of());
        SshFailure f = failure(agentOnly);
        assertThat(f.kind()).isEqualTo(SshFailure.Kind.AGENT_UNAVAILABLE);
        assertThat(f.getMessage()).contains("ssh-agent");
    }

    @Test
    void webServerOnTheSshPortClosesBeforeLoginAndTheMessagePointsAtThePort() throws Exception {
        try (HttpStandIn web = HttpStandIn.start(FreePort.find())) {
            SshFailure f = failure(profile("127.0.0.1", web.port(), key()));
            assertThat(f.kind()).isEqualTo(SshFailure.Kind.CLOSED_BEFORE_LOGIN);
            assertThat(f.getMessage()).contains("127.0.0.1:" + web.port(), "closed the connection before login",
                    "check the port");
        }
    }

    /** What a reconnect meets when sshd is starting or the link is dying: the failure says only what it saw. */
    @Test
    void serverClosingBeforeLoginSaysSoWithoutGuessing() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread closer = new Thread(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read();
                } catch (IOException e) {
                    // The client went away first: nothing to close.
                }
            });
            closer.setDaemon(true);
            closer.start();
            SshFailure f = failure(profile("127.0.0.1", server.getLocalPort(), key()));
            assertThat(f.kind()).as(f.detail()).isEqualTo(SshFailure.Kind.CLOSED_BEFORE_LOGIN);
            assertThat(f.getMessage()).contains("127.0.0.1:" + server.getLocalPort(), "closed the connection before login")
                    .doesNotContain("SSH server");
        }
    }

    private Path key() throws Exception {
        Path key = dir.resolve("id_ed25519");
        if (!Files.exists(key)) {
            KeyGenerator.generate(key, "test", null);
        }
        return key;
    }

    private Profile profile(String host, int port, Path identity) {
        return new Profile("t", host, port, "deck", identity, false, null, dir.resolve("known_hosts"), null, List.of());
    }

    private SshFailure failure(Profile profile) {
        try {
            connector.connect(profile, HostKeyPolicy.ACCEPT_NEW).close();
        } catch (SshFailure f) {
            return f;
        }
        throw new AssertionError("Connected to " + profile.destination());
    }
}
