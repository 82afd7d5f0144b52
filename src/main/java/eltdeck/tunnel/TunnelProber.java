package eltdeck.tunnel;

import eltdeck.profile.Profile;
import eltdeck.ssh.ChannelOpenRefused;
import eltdeck.ssh.ChannelOpenUnanswered;
import eltdeck.ssh.SshLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Probes every tunnel's remote port through the live session at once, each under one shared deadline, and turns
 * what each probe saw into the tunnel's status. Tunnel status always comes from such a real probe.
 */
final class TunnelProber {
    /** A probe's silence only starts a check of the link, so it need not wait long. */
    private static final int PROBE_TIMEOUT_MS = 3000;

    private final Profile profile;
    private final Object lock;
    private final CallDeadline deadline;

    TunnelProber(Profile profile, Object lock, CallDeadline deadline) {
        this.profile = profile;
        this.lock = lock;
        this.deadline = deadline;
    }

    /** A probe never outwaits keepalive's verdict on a dead link, so a drop is noticed when keepalive says so. */
    int timeoutMs() {
        Profile.KeepAlive ka = profile.keepAlive();
        return (int) Math.min(PROBE_TIMEOUT_MS, 1000L * ka.intervalSeconds() * ka.maxMisses());
    }

    /** What each tunnel's probe saw, in the order given; a probe past the deadline counts as not answering. */
    Map<Tunnel, TunnelStatus> probeEach(List<Tunnel> tunnels, SshLink current) throws InterruptedException {
        Map<Tunnel, Future<TunnelStatus>> running = new LinkedHashMap<>();
        for (Tunnel t : tunnels) {
            running.put(t, deadline.submit(() -> probe(t, current)));
        }
        long end = CallDeadline.deadlineNanos(timeoutMs());
        Map<Tunnel, TunnelStatus> results = new LinkedHashMap<>();
        for (Map.Entry<Tunnel, Future<TunnelStatus>> e : running.entrySet()) {
            results.put(e.getKey(), awaitProbe(e.getKey(), e.getValue(), end));
        }
        return results;
    }

    static String portList(List<Tunnel> tunnels) {
        return (tunnels.size() == 1 ? "port " : "ports ") + tunnels.stream().map(t -> String.valueOf(t.spec.remotePort()))
                .collect(Collectors.joining(", "));
    }

    private static TunnelStatus awaitProbe(Tunnel t, Future<TunnelStatus> probe, long deadline) throws InterruptedException {
        try {
            return probe.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            probe.cancel(true);
            return t.make(TunnelStatus.Kind.NOT_ANSWERING, 0);
        } catch (ExecutionException e) {
            return t.make(TunnelStatus.Kind.RECONNECTING, 0);
        }
    }

    private TunnelStatus probe(Tunnel t, SshLink current) {
        synchronized (lock) {
            if (t.userStopped) {
                return t.make(TunnelStatus.Kind.STOPPED, 0);
            }
            if (t.forwarder == null) {
                return t.make(TunnelStatus.Kind.LOCAL_PORT_BUSY, 0);
            }
        }
        if (current == null || !current.isConnected()) {
            return t.make(TunnelStatus.Kind.RECONNECTING, 0);
        }
        try {
            long rtt = current.probe(t.spec.remotePort(), timeoutMs());
            return t.make(TunnelStatus.Kind.UP, rtt / 1_000_000.0);
        } catch (ChannelOpenRefused refused) {
            return t.make(refused.connectFailed() ? TunnelStatus.Kind.REMOTE_PORT_CLOSED : TunnelStatus.Kind.FORWARD_REFUSED, 0);
        } catch (ChannelOpenUnanswered silence) {
            return t.make(TunnelStatus.Kind.NOT_ANSWERING, 0);
        } catch (Exception e) {
            return current.isConnected() ? t.make(TunnelStatus.Kind.NOT_ANSWERING, 0) : t.make(TunnelStatus.Kind.RECONNECTING, 0);
        }
    }
}
