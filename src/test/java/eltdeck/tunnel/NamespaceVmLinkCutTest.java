package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.testvm.HttpProbe;
import eltdeck.testvm.HttpStandIn;
import eltdeck.testvm.LinkTimeline;
import eltdeck.testvm.TunnelWatch;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The VM's network silently cut (iptables DROP, no RST) for 20, 50 and 70 s while its services keep running, with
 * the user's default keepalive (15 s x 3) and the app's probe interval: the loss is noticed while the link is still
 * cut, the header and the tunnels say the same thing, no tunnel is ever called "remote port closed", and the tunnels
 * come back on the same ports. Prints how long noticing and recovering took. Needs root.
 */
class NamespaceVmLinkCutTest {
    /** As the app probes (SupervisorFactory). */
    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(3);
    /** The bound from the first doubt (an unanswered probe or a stalled forward) to "reconnecting". */
    private static final Duration NOTICE_BOUND = Duration.ofSeconds(10);

    @RegisterExtension
    static final DefaultTunnelsVm VM = new DefaultTunnelsVm();
    ConnectionSupervisor supervisor;
    TunnelWatch watch;
    LinkTimeline timeline;

    @BeforeEach
    void connect() throws Exception {
        supervisor = DefaultTunnelsVm.supervisor(VM.profile().withKeepAlive(Profile.KeepAlive.DEFAULT), PROBE_INTERVAL);
        watch = DefaultTunnelsVm.connect(supervisor);
        timeline = LinkTimeline.on(supervisor);
    }

    @AfterEach
    void disconnect() {
        supervisor.close();
    }

    @ParameterizedTest(name = "link cut for {0} s, a request in flight: {1}")
    @CsvSource({"20, true", "50, false", "70, false"})
    void cutLinkIsNoticedWhileCutAndNoTunnelIsCalledClosed(int cutSeconds, boolean requestInFlight) throws Exception {
        long cutAt;
        CompletableFuture<Boolean> request = null;
        try {
            VM.vm().cutLink();
            cutAt = System.nanoTime();
            if (requestInFlight) {
                // A browser asking the Prefect UI: its forward stalls on the dead link.
                request = CompletableFuture.supplyAsync(() -> HttpProbe.answers(8080, HttpStandIn.bodyFor(8080),
                        Duration.ofSeconds(cutSeconds + 30)));
            }
            watch.awaitState(ConnectionState.Kind.RECONNECTING, Duration.ofSeconds(cutSeconds));
            // The rest of the cut: its length is the scenario, not a wait for something to happen.
            long left = cutAt + TimeUnit.SECONDS.toNanos(cutSeconds) - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
        } finally {
            VM.vm().restoreLink();
        }
        long restoredAt = System.nanoTime();
        Duration back = watch.awaitHttpThroughAll(Duration.ofSeconds(30));
        if (request != null) {
            assertThat(request.get(30, TimeUnit.SECONDS)).as("the request in flight when the link died fails").isFalse();
        }

        String story = timeline.describe() + "\n" + watch.describe();
        long doubtAt = timeline.first(ConnectionState.Kind.CHECKING, cutAt).orElseThrow(() -> new AssertionError(
                "the header never said the link was being checked:" + story));
        long deadAt = timeline.first(ConnectionState.Kind.RECONNECTING, cutAt).orElseThrow();
        System.out.printf("Link cut for %d s (%s; keepalive 15 s x 3, probes every 3 s): in doubt after %d ms, noticed dead"
                        + " after %d ms (%d ms after the doubt); all five tunnels carried HTTP again %d ms after the link"
                        + " returned%n", cutSeconds, requestInFlight ? "a request in flight" : "nothing in use",
                millis(doubtAt - cutAt), millis(deadAt - cutAt), millis(deadAt - doubtAt), back.toMillis());

        assertThat(timeline.tunnelEntries()).as(story).allSatisfy(e -> assertThat(e.tunnels())
                .noneSatisfy(t -> assertThat(t.kind()).isEqualTo(TunnelStatus.Kind.REMOTE_PORT_CLOSED)));
        assertThat(deadAt).as("noticed while the link was still cut:" + story).isLessThan(restoredAt);
        assertThat(Duration.ofNanos(deadAt - doubtAt)).as(story).isLessThan(NOTICE_BOUND);
        assertThat(timeline.firstTunnel(TunnelStatus.Kind.CHECKING, cutAt)).as("tunnels said the link was in doubt:" + story)
                .hasValueSatisfying(at -> assertThat(at).isLessThan(deadAt));
        // The header and the tunnels tell the same story: no tunnel is up, or in doubt, while the header reconnects.
        assertThat(timeline.tunnelEntries()).as(story)
                .filteredOn(e -> e.state().kind() == ConnectionState.Kind.RECONNECTING)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.tunnels()).allSatisfy(t -> assertThat(t.kind())
                        .isEqualTo(TunnelStatus.Kind.RECONNECTING)));
        // A reconnect that fails says what it saw, and never guesses that the VM is no SSH server.
        assertThat(timeline.entries()).as(story)
                .filteredOn(e -> e.state().kind() == ConnectionState.Kind.RECONNECTING && e.state().failure() != null)
                .allSatisfy(e -> assertThat(e.state().failure().getMessage()).doesNotContain("SSH server"));
        for (TunnelSpec spec : TunnelSpec.defaults()) {
            assertThat(watch.status(spec.remotePort()).localPort()).isEqualTo(spec.localPort());
        }
        assertThat(watch.activities()).anySatisfy(a -> assertThat(a.message()).startsWith("Reconnected"));
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
