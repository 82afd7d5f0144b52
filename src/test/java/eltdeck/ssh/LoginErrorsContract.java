package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.testvm.TestSshServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What a server refuses, each as its own failure kind with a message naming the problem; run against each server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoginErrorsContract {
    Path dir;
    TestSshServer server;
    KeyGenerator.GeneratedKey authorized;
    KeyGenerator.GeneratedKey stranger;
    final SshConnector connector = new SshConnector(NoPassphrase.SOURCE, null);

    /** Starts the server under test, letting in the keys of that authorized_keys file. */
    abstract TestSshServer start(Path authorizedKeys);

    @BeforeAll
    void startServer(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        authorized = KeyGenerator.generate(dir.resolve("id_authorized"), "authorized", null);
        stranger = KeyGenerator.generate(dir.resolve("id_stranger"), "stranger", null);
        server = start(Files.writeString(dir.resolve("authorized_keys"), authorized.publicLine() + "\n"));
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void authorizedKeyLogsIn() throws Exception {
        connector.connect(server.profile(authorized.privateKey(), knownHosts()), HostKeyPolicy.STRICT).close();
    }

    @Test
    void unauthorizedKeyIsRejected() {
        SshFailure f = failure(server.profile(stranger.privateKey(), knownHosts()));
        assertThat(f.kind()).isEqualTo(SshFailure.Kind.AUTH_REJECTED);
        assertThat(f.getMessage()).contains("refused to log in", "'" + server.user() + "'",
                stranger.privateKey().toString(), "authorized_keys");
    }

    @Test
    void wrongUserIsRejected() {
        SshFailure f = failure(server.profileAs("nobody-here", authorized.privateKey(), false, knownHosts()));
        assertThat(f.kind()).isEqualTo(SshFailure.Kind.AUTH_REJECTED);
        assertThat(f.getMessage()).contains("'nobody-here'", "user name");
    }

    @Test
    void changedHostKeyIsRefused() throws Exception {
        String impostor = stranger.publicLine().split(" ")[1];
        Path knownHosts = Files.write(dir.resolve("known_hosts_changed"), List.of(server.hostId() + " ssh-ed25519 " + impostor));
        SshFailure f = failure(server.profile(authorized.privateKey(), knownHosts));
        assertThat(f.kind()).isEqualTo(SshFailure.Kind.HOST_KEY_CHANGED);
        assertThat(f.getMessage()).contains("CHANGED", server.hostKey().fingerprint(),
                HostKey.fromBase64("ssh-ed25519", impostor).fingerprint());
    }

    private Path knownHosts() {
        return server.writeKnownHosts(dir.resolve("known_hosts"));
    }

    private SshFailure failure(eltdeck.profile.Profile profile) {
        try {
            connector.connect(profile, HostKeyPolicy.STRICT).close();
        } catch (SshFailure f) {
            return f;
        }
        throw new AssertionError("The server let " + profile.user() + " in");
    }
}
