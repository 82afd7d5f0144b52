package eltdeck.tunnel;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.SshLink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * One profile's forwards: their local listeners (bound, or who holds the port), and the status each shows through
 * a check of the link, a reconnect and a shutdown. Shares the supervisor's lock, which guards every {@link Tunnel}.
 */
final class TunnelForwards {
    private final Profile profile;
    private final Object lock;
    private final Supplier<SshLink> link;
    private final ConnectionEvents events;
    private final Map<Integer, Tunnel> tunnels = new LinkedHashMap<>();
    private final ExecutorService pumps = Executors.newCachedThreadPool(DaemonThreads.named("forward"));

    /** @param link the live session the forwards open their channels on (null while there is none) */
    TunnelForwards(Profile profile, Object lock, Supplier<SshLink> link, ConnectionEvents events) {
        this.profile = profile;
        this.lock = lock;
        this.link = link;
        this.events = events;
        for (TunnelSpec spec : profile.tunnels()) {
            tunnels.put(spec.remotePort(), new Tunnel(spec));
        }
    }

    private Tunnel get(int remotePort) {
        Tunnel t = tunnels.get(remotePort);
        if (t == null) {
            throw new IllegalArgumentException("Profile " + profile.name() + " has no tunnel for remote port " + remotePort);
        }
        return t;
    }

    List<Tunnel> snapshot() {
        synchronized (lock) {
            return new ArrayList<>(tunnels.values());
        }
    }

    /** The current status of every tunnel, without waiting for a probe. */
    List<TunnelStatus> statuses() {
        synchronized (lock) {
            List<TunnelStatus> out = new ArrayList<>();
            for (Tunnel t : tunnels.values()) {
                out.add(t.status);
            }
            return out;
        }
    }

    /** Uses another local port for one forward; binds it at once when the connection is wanted. */
    void remap(int remotePort, int localPort, boolean wanted) {
        synchronized (lock) {
            Tunnel t = get(remotePort);
            t.closeForwarder();
            t.localPort = localPort;
            t.holder = null;
            if (wanted && !t.userStopped) {
                bind(t);
            }
        }
    }

    /** The user stopped one forward: it stays stopped across reconnects until started again. */
    void userStop(int remotePort) {
        synchronized (lock) {
            Tunnel t = get(remotePort);
            t.userStopped = true;
            t.closeForwarder();
            events.activity(Activity.Level.INFO, "Stopped the " + t.spec.label() + " tunnel (local port " + t.localPort + ")", "");
        }
    }

    void userStart(int remotePort, boolean wanted) {
        synchronized (lock) {
            Tunnel t = get(remotePort);
            t.userStopped = false;
            if (wanted) {
                bind(t);
            }
        }
    }

    /** Binds every forward the user has not stopped. */
    void bindRunning() {
        synchronized (lock) {
            for (Tunnel t : tunnels.values()) {
                if (!t.userStopped) {
                    bind(t);
                }
            }
        }
    }

    /** Binds the tunnel's listener, or records who holds its port. Called with the lock held. */
    private void bind(Tunnel t) {
        if (t.forwarder != null) {
            return;
        }
        LocalForwarder f = new LocalForwarder(t.spec.remotePort(), t.localPort, link, pumps);
        try {
            f.bind();
            t.forwarder = f;
            t.holder = null;
        } catch (IOException e) {
            String holder = PortHolder.describe(t.localPort);
            if (!holder.equals(t.holder)) {
                t.holder = holder;
                String advice = t.spec.mustKeepLocalPort()
                        ? " The Prefect API must keep port 4200 (the Prefect UI in the browser calls localhost:4200): free that port."
                        : " Free it, or use another local port for this session.";
                events.activity(Activity.Level.WARN, "Local port " + t.localPort + " for " + t.spec.label() + " is held by "
                        + holder + "." + advice, e.getMessage());
            }
        }
    }

    /** The forwards' totals now, for the {@link StallWatch}. */
    StallWatch.Traffic traffic() {
        long in = 0;
        long out = 0;
        int connections = 0;
        long oldestOpen = StallWatch.NO_OPEN;
        synchronized (lock) {
            for (Tunnel t : tunnels.values()) {
                LocalForwarder f = t.forwarder;
                if (f != null) {
                    in += f.bytesIn();
                    out += f.bytesOut();
                    connections += f.openConnections();
                    oldestOpen = Math.min(oldestOpen, f.oldestOpenStarted());
                }
            }
        }
        return new StallWatch.Traffic(in, out, connections, oldestOpen);
    }

    /** Records the probes' results, and reports each status that changed from what its tunnel showed. */
    void record(Map<Tunnel, TunnelStatus> results) {
        List<TunnelStatus> changed = new ArrayList<>();
        synchronized (lock) {
            results.forEach((t, next) -> {
                if (!next.sameStateAs(t.shown())) {
                    changed.add(next);
                }
                t.status = next;
            });
        }
        for (TunnelStatus s : changed) {
            Activity.Level level = s.kind() == TunnelStatus.Kind.UP || s.kind() == TunnelStatus.Kind.STOPPED
                    ? Activity.Level.INFO : Activity.Level.WARN;
            events.activity(level, s.spec().label() + " (" + s.spec().remotePort() + " → localhost:" + s.localPort() + "): "
                    + s.describe(), "");
        }
    }

    /** Every running tunnel shows that the link is being checked; what it showed before is kept. */
    void showChecking() {
        synchronized (lock) {
            for (Tunnel t : tunnels.values()) {
                if (t.status.kind() != TunnelStatus.Kind.CHECKING) {
                    t.beforeCheck = t.status;
                }
                if (!t.userStopped && t.forwarder != null) {
                    t.status = t.make(TunnelStatus.Kind.CHECKING, 0);
                }
            }
        }
    }

    /** After an answer every tunnel shows what it showed before; after silence they stay in doubt until the reconnect. */
    void endChecking(boolean answered) {
        synchronized (lock) {
            for (Tunnel t : tunnels.values()) {
                if (answered && t.status.kind() == TunnelStatus.Kind.CHECKING && t.beforeCheck != null) {
                    t.status = t.beforeCheck;
                }
                t.beforeCheck = null;
            }
        }
    }

    void showReconnecting(int attempt, long nextTry) {
        synchronized (lock) {
            for (Tunnel t : tunnels.values()) {
                if (t.userStopped) {
                    t.status = t.make(TunnelStatus.Kind.STOPPED, 0);
                } else if (t.forwarder == null) {
                    t.status = t.make(TunnelStatus.Kind.LOCAL_PORT_BUSY, 0);
                } else {
                    TunnelStatus s = t.make(TunnelStatus.Kind.RECONNECTING, 0);
                    t.status = new TunnelStatus(s.spec(), s.localPort(), s.kind(), 0, s.bytesIn(), s.bytesOut(),
                            s.openConnections(), attempt, nextTry, null);
                }
            }
        }
    }

    /** The link is gone: the forwarded connections on it go too, the listeners stay. */
    void dropConnections() {
        synchronized (lock) {
            for (Tunnel t : tunnels.values()) {
                if (t.forwarder != null) {
                    t.forwarder.dropConnections();
                }
            }
        }
    }

    /** Closes every listener; every tunnel shows stopped. */
    void closeAll() {
        synchronized (lock) {
            for (Tunnel t : tunnels.values()) {
                t.closeForwarder();
                t.status = t.make(TunnelStatus.Kind.STOPPED, 0);
            }
        }
    }

    /** Stops the threads that pump forwarded bytes. */
    void shutdownPumps() {
        pumps.shutdownNow();
    }
}
