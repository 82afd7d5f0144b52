package eltdeck.testvm;

import eltdeck.tunnel.Activity;
import eltdeck.tunnel.ConnectionListener;
import eltdeck.tunnel.ConnectionState;
import eltdeck.tunnel.ConnectionSupervisor;
import eltdeck.tunnel.TunnelStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A test's eye on a {@link ConnectionSupervisor}: waits for connection and tunnel states, and for HTTP through
 * the forwards; keeps the activity log so a timeout explains what happened instead.
 */
public final class TunnelWatch implements ConnectionListener {
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(1);

    private final ConnectionSupervisor supervisor;
    private final List<Activity> activities = new CopyOnWriteArrayList<>();

    private TunnelWatch(ConnectionSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    public static TunnelWatch on(ConnectionSupervisor supervisor) {
        TunnelWatch watch = new TunnelWatch(supervisor);
        supervisor.addListener(watch);
        return watch;
    }

    @Override
    public void activity(Activity activity) {
        activities.add(activity);
    }

    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    public TunnelStatus status(int remotePort) {
        return supervisor.tunnelStatuses().stream().filter(s -> s.spec().remotePort() == remotePort).findFirst()
                .orElseThrow(() -> new AssertionError("No tunnel for remote port " + remotePort));
    }

    /** @return how long it took */
    public Duration awaitState(ConnectionState.Kind kind, Duration timeout) {
        return Await.until(timeout, "connection " + kind, () -> supervisor.state().kind() == kind, this::describe);
    }

    /** Waits until reconnecting has reached attempt {@code attempt}: the backoff has grown past the first retries. */
    public void awaitReconnectAttempt(int attempt, Duration timeout) {
        Await.until(timeout, "reconnect attempt " + attempt, () -> {
            ConnectionState state = supervisor.state();
            return state.kind() == ConnectionState.Kind.RECONNECTING && state.attempt() >= attempt;
        }, this::describe);
    }

    public TunnelStatus awaitTunnel(int remotePort, TunnelStatus.Kind kind, Duration timeout) {
        Await.until(timeout, "tunnel to remote port " + remotePort + " " + kind, () -> status(remotePort).kind() == kind,
                this::describe);
        return status(remotePort);
    }

    public void awaitAllUp(Duration timeout) {
        Await.until(timeout, "every tunnel Up",
                () -> supervisor.tunnelStatuses().stream().allMatch(s -> s.kind() == TunnelStatus.Kind.UP), this::describe);
    }

    /**
     * Waits until every tunnel that is not stopped carries HTTP on its local port, answered by the stand-in of
     * its remote port. Returns how long that took.
     */
    public Duration awaitHttpThroughAll(Duration timeout) {
        return Await.until(timeout, "HTTP through every tunnel", () -> supervisor.tunnelStatuses().stream()
                .filter(s -> s.kind() != TunnelStatus.Kind.STOPPED)
                .allMatch(s -> HttpProbe.answers(s.localPort(), HttpStandIn.bodyFor(s.spec().remotePort()), HTTP_TIMEOUT)),
                this::describe);
    }

    /** State, every tunnel, and the recent activity: what a failed wait prints. */
    public String describe() {
        String tunnels = supervisor.tunnelStatuses().stream()
                .map(s -> s.spec().remotePort() + "->" + s.localPort() + " " + s.describe())
                .collect(Collectors.joining("; "));
        List<Activity> all = activities();
        String recent = all.subList(Math.max(0, all.size() - 12), all.size()).stream()
                .map(a -> a.level() + " " + a.message()).collect(Collectors.joining("\n  "));
        return supervisor.state().describe() + "\ntunnels: " + tunnels + "\nactivity:\n  " + recent;
    }
}
