package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.profile.Profile;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import eltdeck.testvm.SshAgent;
import eltdeck.testvm.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of key a user may bring logs in to a real OpenSSH 9 sshd (which refuses SHA-1 RSA signatures,
 * so the RSA cases prove rsa-sha2-256/512), and ed25519 also to the embedded server.
 */
class KeyTypesTest {
    @TempDir
    static Path dir;
    static TestKeys keys;
    static OpenSshd sshd;

    @BeforeAll
    static void startServer() {
        Prerequisites.requireOpenSshd();
        keys = new TestKeys(dir.resolve("keys"));
        Path authorized = TestKeys.authorize(dir.resolve("authorized_keys"), keys.ed25519(), keys.ecdsa(), keys.rsa(),
                keys.rsaPem(), keys.encryptedEd25519(), keys.eltDeck());
        sshd = OpenSshd.onLoopback(dir.resolve("sshd"), authorized);
    }

    @AfterAll
    static void stopServer() {
        if (sshd != null) {
            sshd.stop();
        }
    }

    static Stream<String> unencryptedKeys() {
        return Stream.of("ed25519", "ecdsa", "rsa", "rsaPem", "eltDeck");
    }

    private static TestKeys.Key key(String kind) {
        Function<TestKeys, TestKeys.Key> pick = switch (kind) {
            case "ed25519" -> TestKeys::ed25519;
            case "ecdsa" -> TestKeys::ecdsa;
            case "rsa" -> TestKeys::rsa;
            case "rsaPem" -> TestKeys::rsaPem;
            case "eltDeck" -> TestKeys::eltDeck;
            default -> throw new IllegalArgumentException(kind);
        };
        return pick.apply(keys);
    }

    @ParameterizedTest(name = "{0} key logs in to OpenSSH")
    @MethodSource("unencryptedKeys")
    void keyLogsInToOpenSsh(String kind) throws Exception {
        assertLogsIn(sshd.profile(key(kind).privateKey(), sshd.writeKnownHosts(dir.resolve("kh-" + kind))),
                new SshConnector(NoPassphrase.SOURCE, null));
    }

    @Test
    void ed25519LogsInToTheEmbeddedServer() throws Exception {
        try (EmbeddedSshd embedded = EmbeddedSshd.start("deck", dir.resolve("authorized_keys"))) {
            assertLogsIn(embedded.profile(keys.ed25519().privateKey(), embedded.writeKnownHosts(dir.resolve("kh-embedded"))),
                    new SshConnector(NoPassphrase.SOURCE, null));
        }
    }

    @Test
    void encryptedKeyAsksAgainAfterAWrongPassphrase() throws Exception {
        List<Boolean> asked = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        PassphraseSource user = new PassphraseSource() {
            @Override
            public Optional<char[]> passphraseFor(Path key, boolean previousWasWrong) {
                asked.add(previousWasWrong);
                return Optional.of((asked.size() == 1 ? "wrong" : TestKeys.PASSPHRASE).toCharArray());
            }

            @Override
            public void confirmed(Path key, char[] passphrase) {
                confirmed.add(new String(passphrase));
            }
        };
        Path knownHosts = sshd.writeKnownHosts(dir.resolve("kh-encrypted"));
        assertLogsIn(sshd.profile(keys.encryptedEd25519().privateKey(), knownHosts), new SshConnector(user, null));
        assertThat(asked).containsExactly(false, true);
        assertThat(confirmed).containsExactly(TestKeys.PASSPHRASE);
    }

    @Test
    void encryptedKeyWithoutPassphraseIsRefusedByName() {
        Path knownHosts = sshd.writeKnownHosts(dir.resolve("kh-nopass"));
        assertThatThrownBy(() -> new SshConnector(NoPassphrase.SOURCE, null)
                .connect(sshd.profile(keys.encryptedEd25519().privateKey(), knownHosts), HostKeyPolicy.STRICT))
                .isInstanceOfSatisfying(SshFailure.class, f -> assertThat(f.kind()).isEqualTo(SshFailure.Kind.KEY_PASSPHRASE))
                .hasMessageContaining("passphrase");
    }

    @ParameterizedTest(name = "{0} key in ssh-agent logs in")
    @MethodSource("agentKeys")
    void agentKeyLogsIn(String kind) throws Exception {
        Prerequisites.requireOpenSshClient();
        Path agentDir = dir.resolve("agent-" + kind);
        java.nio.file.Files.createDirectories(agentDir);
        try (SshAgent agent = SshAgent.start(agentDir)) {
            agent.add(key(kind));
            Path knownHosts = sshd.writeKnownHosts(dir.resolve("kh-agent-" + kind));
            assertLogsIn(sshd.profileAs("root", null, true, knownHosts), new SshConnector(NoPassphrase.SOURCE, agent.socket()));
        }
    }

    static Stream<String> agentKeys() {
        return Stream.of("ed25519", "rsa");
    }

    private static void assertLogsIn(Profile profile, SshConnector connector) throws Exception {
        try (SshLink link = connector.connect(profile, HostKeyPolicy.STRICT)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = link.exec(RemoteCommand.script("echo logged in to $((40 + 2))"), out, OutputStream.nullOutputStream(), false);
            assertThat(code).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("logged in to 42\n");
        }
    }
}
