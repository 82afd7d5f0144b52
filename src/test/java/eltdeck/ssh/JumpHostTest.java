package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.JumpHost;
import eltdeck.profile.Profile;
import eltdeck.testvm.EmbeddedSshd;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ProxyJump: the VM is reached through a bastion's forwarded channel; both host keys are verified. */
class JumpHostTest {
    @TempDir
    Path dir;

    @Test
    void connectsThroughTheBastionAndVerifiesBothHostKeys() throws Exception {
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "jump", null);
        Path authorized = Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n");
        try (EmbeddedSshd bastion = EmbeddedSshd.start("deck", authorized); EmbeddedSshd vm = EmbeddedSshd.start("deck", authorized)) {
            Path knownHosts = Files.write(dir.resolve("known_hosts"), List.of(bastion.knownHostsLine(), vm.knownHostsLine()));
            Profile viaBastion = new Profile("jumped", vm.host(), vm.port(), "deck", key.privateKey(), false,
                    new JumpHost("deck", bastion.host(), bastion.port()), knownHosts, null, List.of());

            try (SshLink link = new SshConnector(NoPassphrase.SOURCE, null).connect(viaBastion, HostKeyPolicy.STRICT)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertThat(link.exec(RemoteCommand.script("echo through"), out, OutputStream.nullOutputStream(), false)).isZero();
                assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("through\n");
            }

            Files.write(knownHosts, List.of(vm.knownHostsLine()));
            SshFailure unknownBastion = null;
            try {
                new SshConnector(NoPassphrase.SOURCE, null).connect(viaBastion, HostKeyPolicy.STRICT).close();
            } catch (SshFailure f) {
                unknownBastion = f;
            }
            assertThat(unknownBastion).isNotNull();
            assertThat(unknownBastion.kind()).isEqualTo(SshFailure.Kind.HOST_KEY_UNKNOWN);
            assertThat(unknownBastion.hostKeyChange().hostId()).isEqualTo(bastion.hostId());
        }
    }
}
