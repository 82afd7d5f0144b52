package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.testvm.HttpProbe;
import eltdeck.testvm.HttpStandIn;
import eltdeck.testvm.NamespaceVm;
import eltdeck.testvm.TunnelWatch;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stack's five default tunnels on their real local ports, to a VM in a network namespace with a real
 * OpenSSH sshd: HTTP through each, a service going away and back, and reconnects after the network is cut
 * and after sshd restarts. Needs root.
 */
class NamespaceVmTunnelsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final DefaultTunnelsVm VM = new DefaultTunnelsVm();
    NamespaceVm vm;
    /** Keepalive every second, lost after 3 misses: a cut link is noticed in about 4 s. */
    Profile profile;
    ConnectionSupervisor supervisor;
    TunnelWatch watch;

    @BeforeEach
    void connect() throws Exception {
        vm = VM.vm();
        profile = VM.profile();
        supervisor = DefaultTunnelsVm.supervisor(profile, Duration.ofMillis(500));
        watch = DefaultTunnelsVm.connect(supervisor);
    }

    @AfterEach
    void disconnect() {
        supervisor.close();
    }

    @Test
    void allFiveDefaultTunnelsCarryHttpOnTheirRealPorts() throws Exception {
        assertThat(profile.host()).startsWith("10.213.");
        for (TunnelSpec spec : TunnelSpec.defaults()) {
            assertThat(spec.localPort()).isEqualTo(spec.remotePort());
            assertThat(HttpProbe.get(spec.localPort(), WAIT)).isEqualTo(HttpStandIn.bodyFor(spec.remotePort()));
            TunnelStatus status = watch.status(spec.remotePort());
            assertThat(status.kind()).isEqualTo(TunnelStatus.Kind.UP);
            assertThat(status.rttMillis()).isPositive();
        }
    }

    @Test
    void serviceGoingAwayShowsRemotePortClosedAndComesBack() throws Exception {
        try {
            vm.stopHttp(8001);
            TunnelStatus closed = watch.awaitTunnel(8001, TunnelStatus.Kind.REMOTE_PORT_CLOSED, WAIT);
            assertThat(closed.describe()).contains("nothing listens on port 8001");
            assertThatThrownBy(() -> HttpProbe.get(8001, WAIT)).isInstanceOf(IOException.class);
            assertThat(HttpProbe.get(8000, WAIT)).isEqualTo(HttpStandIn.bodyFor(8000));
        } finally {
            vm.startHttp(8001);
        }
        watch.awaitTunnel(8001, TunnelStatus.Kind.UP, WAIT);
        assertThat(HttpProbe.get(8001, WAIT)).isEqualTo(HttpStandIn.bodyFor(8001));
    }

    @Test
    void tunnelsReturnOnTheSamePortsAfterTheNetworkIsCut() throws Exception {
        try {
            vm.cutLink();
            Duration noticed = watch.awaitState(ConnectionState.Kind.RECONNECTING, Duration.ofSeconds(15));
            System.out.printf("Network cut (iptables DROP): loss noticed after %d ms (keepalive 1 s x 3)%n", noticed.toMillis());
            watch.awaitReconnectAttempt(3, Duration.ofSeconds(30));
        } finally {
            vm.restoreLink();
        }
        report("Network cut (iptables DROP)", watch.awaitHttpThroughAll(Duration.ofSeconds(30)));
    }

    @Test
    void tunnelsReturnOnTheSamePortsAfterSshdRestarts() throws Exception {
        try {
            vm.sshd().stop();
            watch.awaitReconnectAttempt(3, Duration.ofSeconds(30));
        } finally {
            vm.sshd().startAgain();
        }
        report("sshd restart", watch.awaitHttpThroughAll(Duration.ofSeconds(30)));
    }

    private void report(String what, Duration back) {
        // A figure to read, not to assert: how soon depends on the machine as much as on the code.
        System.out.printf("%s: all five tunnels carried HTTP again %d ms after the link returned%n", what, back.toMillis());
        for (TunnelSpec spec : TunnelSpec.defaults()) {
            assertThat(watch.status(spec.remotePort()).localPort()).isEqualTo(spec.localPort());
        }
        assertThat(watch.activities()).anySatisfy(a -> assertThat(a.message()).startsWith("Reconnected"))
                .noneSatisfy(a -> assertThat(a.message()).contains("attempt 0"));
    }
}
