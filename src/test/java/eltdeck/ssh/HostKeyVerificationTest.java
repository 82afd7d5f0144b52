package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.testvm.Commands;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.Prerequisites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host keys are verified against an OpenSSH known_hosts file, like {@code ssh} does, against the embedded server. */
class HostKeyVerificationTest {
    /** A policy for hosts that must be known already: being asked fails the test. */
    private static final HostKeyPolicy MUST_NOT_ASK = (hostId, key, file) -> {
        throw new AssertionError("Asked about " + hostId + " although its key is known");
    };

    @TempDir
    Path dir;
    EmbeddedSshd sshd;
    Path identity;
    Path knownHosts;
    SshConnector connector = new SshConnector(NoPassphrase.SOURCE, null);

    @BeforeEach
    void start() throws Exception {
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id_ed25519"), "test", null);
        identity = key.privateKey();
        sshd = EmbeddedSshd.admitting(key, dir);
        knownHosts = dir.resolve("known_hosts");
    }

    @AfterEach
    void stop() {
        sshd.stop();
    }

    @Test
    void unknownHostIsRefusedWhenStrict() {
        assertThatThrownBy(() -> connect(HostKeyPolicy.STRICT))
                .isInstanceOfSatisfying(SshFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(SshFailure.Kind.HOST_KEY_UNKNOWN);
                    assertThat(f.hostKeyChange().hostId()).isEqualTo("[127.0.0.1]:" + sshd.port());
                    assertThat(f.hostKeyChange().offered()).isEqualTo(sshd.hostKey());
                })
                .hasMessageContaining("not known")
                .hasMessageContaining(sshd.hostKey().fingerprint());
        assertThat(knownHosts).doesNotExist();
    }

    @Test
    void acceptNewSavesTheKeyInBracketFormAndTheNextConnectionPassesSilently() throws Exception {
        List<String> askedAbout = new ArrayList<>();
        HostKeyPolicy acceptNew = (hostId, key, file) -> {
            askedAbout.add(hostId + " " + key.fingerprint() + " " + file);
            return HostKeyPolicy.Decision.ACCEPT_AND_SAVE;
        };
        connect(acceptNew).close();
        assertThat(askedAbout).containsExactly(sshd.hostId() + " " + sshd.hostKey().fingerprint() + " " + knownHosts);
        assertThat(Files.readAllLines(knownHosts)).containsExactly(
                "[127.0.0.1]:" + sshd.port() + " ssh-ed25519 " + sshd.hostKey().base64());

        connect(MUST_NOT_ASK).close();
    }

    @Test
    void acceptOnceConnectsWithoutSaving() throws Exception {
        connect((hostId, key, file) -> HostKeyPolicy.Decision.ACCEPT_ONCE).close();
        assertThat(knownHosts).doesNotExist();
        assertThatThrownBy(() -> connect(HostKeyPolicy.STRICT))
                .isInstanceOfSatisfying(SshFailure.class, f -> assertThat(f.kind()).isEqualTo(SshFailure.Kind.HOST_KEY_UNKNOWN));
    }

    @Test
    void hashedEntriesMadeBySshKeygenAreRecognised() throws Exception {
        Prerequisites.requireOpenSshClient();
        sshd.writeKnownHosts(knownHosts);
        Commands.run(Prerequisites.command("ssh-keygen").toString(), "-H", "-f", knownHosts.toString());
        String hashed = Files.readString(knownHosts, StandardCharsets.US_ASCII);
        assertThat(hashed).startsWith("|1|").doesNotContain("127.0.0.1");

        connect(MUST_NOT_ASK).close();
    }

    @Test
    void keySavedForAnotherPortDoesNotCount() throws Exception {
        Files.write(knownHosts, List.of("[127.0.0.1]:" + (sshd.port() + 1) + " ssh-ed25519 " + sshd.hostKey().base64(),
                "127.0.0.1 ssh-ed25519 " + sshd.hostKey().base64()));
        assertThatThrownBy(() -> connect(HostKeyPolicy.STRICT))
                .isInstanceOfSatisfying(SshFailure.class, f -> assertThat(f.kind()).isEqualTo(SshFailure.Kind.HOST_KEY_UNKNOWN));
    }

    @Test
    void changedKeyIsRefusedWithBothFingerprintsAndTheFileUntouchedUntilReplaced() throws Exception {
        connect(HostKeyPolicy.ACCEPT_NEW).close();
        HostKey old = sshd.hostKey();
        sshd.restartWithNewHostKey();
        byte[] before = Files.readAllBytes(knownHosts);

        SshFailure failure = catchFailure(HostKeyPolicy.ACCEPT_NEW);
        assertThat(failure.kind()).isEqualTo(SshFailure.Kind.HOST_KEY_CHANGED);
        assertThat(failure.getMessage()).contains("CHANGED", old.fingerprint(), sshd.hostKey().fingerprint(),
                knownHosts.toString());
        SshFailure.HostKeyChange change = failure.hostKeyChange();
        assertThat(change.hostId()).isEqualTo(sshd.hostId());
        assertThat(change.known()).containsExactly(old);
        assertThat(change.offered()).isEqualTo(sshd.hostKey());
        assertThat(change.knownHostsFile()).isEqualTo(knownHosts);
        assertThat(Files.readAllBytes(knownHosts)).isEqualTo(before);

        new KnownHostsFile(change.knownHostsFile()).replace(change.hostId(), change.offered());
        connect(MUST_NOT_ASK).close();
        assertThat(Files.readString(knownHosts)).contains(sshd.hostKey().base64()).doesNotContain(old.base64());
    }

    @Test
    void replacingAKeyInAHashedFileKeepsTheHostNameHashed() throws Exception {
        Prerequisites.requireOpenSshClient();
        connect(HostKeyPolicy.ACCEPT_NEW).close();
        Commands.run(Prerequisites.command("ssh-keygen").toString(), "-H", "-f", knownHosts.toString());
        sshd.restartWithNewHostKey();
        SshFailure.HostKeyChange change = catchFailure(MUST_NOT_ASK).hostKeyChange();

        new KnownHostsFile(knownHosts).replace(change.hostId(), change.offered());
        assertThat(Files.readString(knownHosts)).startsWith("|1|").doesNotContain("127.0.0.1");
        connect(MUST_NOT_ASK).close();
    }

    @Test
    void revokedKeyIsRefused() throws Exception {
        Files.write(knownHosts, List.of("@revoked " + sshd.knownHostsLine()));
        assertThat(catchFailure(HostKeyPolicy.ACCEPT_NEW).kind()).isEqualTo(SshFailure.Kind.HOST_KEY_REVOKED);
    }

    private SshLink connect(HostKeyPolicy policy) throws SshFailure {
        return connector.connect(sshd.profile(identity, knownHosts), policy);
    }

    private SshFailure catchFailure(HostKeyPolicy policy) {
        try {
            connect(policy).close();
        } catch (SshFailure f) {
            return f;
        }
        throw new AssertionError("The connection was not refused");
    }
}
