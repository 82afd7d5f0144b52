package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.Profile;
import eltdeck.ssh.SshFailure;
import eltdeck.testvm.FreePort;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reconnect attempt reports about the SSH port before it tries to log in. */
class SshPortCheckTest {
    @Test
    void aListeningPortIsNoSilence() throws Exception {
        try (ServerSocket sshd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(SshPortCheck.silence(profile(sshd.getLocalPort()), 1000)).isNull();
        }
    }

    @Test
    void aClosedPortSaysItRefusedWithoutGuessing() {
        int port = FreePort.find();
        SshFailure f = SshPortCheck.silence(profile(port), 1000);
        assertThat(f.kind()).isEqualTo(SshFailure.Kind.CONNECTION_REFUSED);
        assertThat(f.getMessage()).contains("127.0.0.1:" + port, "refused the connection").doesNotContain("SSH server");
    }

    private static Profile profile(int port) {
        return new Profile("t", "127.0.0.1", port, "deck", null, false, null, null, null, List.of());
    }
}
