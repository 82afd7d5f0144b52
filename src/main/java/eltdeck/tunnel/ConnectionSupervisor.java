package eltdeck.tunnel;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshFailure;
import eltdeck.ssh.SshLink;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one profile's SSH connection and all its forwards up for as long as the user wants them, like an
 * OpenSSH ControlMaster that reconnects by itself. One thread owns the connection; tunnel status always
 * comes from a real probe through the live session.
 */
public final class ConnectionSupervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSupervisor.class);
    private static final Set<SshFailure.Kind> NETWORK_FAILURES = EnumSet.of(SshFailure.Kind.TIMEOUT,
            SshFailure.Kind.CONNECTION_REFUSED, SshFailure.Kind.UNREACHABLE, SshFailure.Kind.HOST_NOT_FOUND,
            SshFailure.Kind.CONNECTION_LOST);
    private static final int REACH_TIMEOUT_MS = 1000;
    private static final int PROBE_TIMEOUT_MS = 5000;

    private final Profile profile;
    private final SshConnector connector;
    private final HostKeyPolicy hostKeyPolicy;
    private final Duration probeInterval;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Integer, Tunnel> tunnels = new LinkedHashMap<>();
    private final ExecutorService pumps = Executors.newCachedThreadPool(daemon("forward"));
    private final Object lock = new Object();

    private volatile boolean wanted;
    private volatile SshLink link;
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private Thread worker;
    private boolean probeRequested;

    public ConnectionSupervisor(Profile profile, SshConnector connector, HostKeyPolicy hostKeyPolicy, Duration probeInterval) {
        this.profile = profile;
        this.connector = connector;
        this.hostKeyPolicy = hostKeyPolicy;
        this.probeInterval = probeInterval;
        for (TunnelSpec spec : profile.tunnels()) {
            tunnels.put(spec.remotePort(), new Tunnel(spec));
        }
    }

    public Profile profile() {
        return profile;
    }

    public void addListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    public ConnectionState state() {
        return state;
    }

    /** Uses another local port for one forward in this session only (the profile is unchanged). */
    public void mapLocalPort(int remotePort, int localPort) {
        synchronized (lock) {
            Tunnel t = tunnel(remotePort);
            t.closeForwarder();
            t.localPort = localPort;
            t.holder = null;
            if (wanted && !t.userStopped) {
                bind(t);
            }
            requestProbe();
        }
    }

    /** Connects in the background; listeners hear how it goes. */
    public void start() {
        synchronized (lock) {
            if (wanted) {
                return;
            }
            wanted = true;
            for (Tunnel t : tunnels.values()) {
                if (!t.userStopped) {
                    bind(t);
                }
            }
            worker = new Thread(this::run, "connection-" + profile.name());
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Closes every forward and the connection, and stops reconnecting. */
    public void stop() {
        Thread w;
        synchronized (lock) {
            if (!wanted) {
                return;
            }
            wanted = false;
            w = worker;
            lock.notifyAll();
        }
        if (w != null) {
            w.interrupt();
            awaitEnd(w, 5000);
        }
    }

    /** Waits for the worker to close every listener, even if the caller itself is being interrupted. */
    private static void awaitEnd(Thread w, long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        boolean interrupted = false;
        while (w.isAlive() && System.nanoTime() < end) {
            try {
                w.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops one forward; it stays stopped across reconnects until the user starts it again. */
    public void stopTunnel(int remotePort) {
        synchronized (lock) {
            Tunnel t = tunnel(remotePort);
            t.userStopped = true;
            t.closeForwarder();
            activity(Activity.Level.INFO, "Stopped the " + t.spec.label() + " tunnel (local port " + t.localPort + ")", "");
            requestProbe();
        }
    }

    public void startTunnel(int remotePort) {
        synchronized (lock) {
            Tunnel t = tunnel(remotePort);
            t.userStopped = false;
            if (wanted) {
                bind(t);
            }
            requestProbe();
        }
    }

    /** The current status of every tunnel, without waiting for a probe. */
    public List<TunnelStatus> tunnelStatuses() {
        synchronized (lock) {
            List<TunnelStatus> out = new ArrayList<>();
            for (Tunnel t : tunnels.values()) {
                out.add(t.status);
            }
            return out;
        }
    }

    /** Waits until the connection is up (true) or has failed for good (false). */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                ConnectionState.Kind k = state.kind();
                if (k == ConnectionState.Kind.CONNECTED) {
                    return true;
                }
                if (k == ConnectionState.Kind.FAILED || !wanted) {
                    return false;
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    @Override
    public void close() {
        stop();
        pumps.shutdownNow();
    }

    private void run() {
        try {
            if (!connectFirst()) {
                return;
            }
            int attempt = 0;
            SshFailure last = null;
            while (wanted) {
                if (link != null && link.isConnected()) {
                    superviseConnected();
                    continue;
                }
                if (link != null) {
                    onLost();
                    last = new SshFailure(SshFailure.Kind.CONNECTION_LOST, "The connection was lost.", "");
                    attempt = 0;
                }
                attempt++;
                if (!awaitRetry(attempt, last)) {
                    break;
                }
                if (!sshPortAnswers()) {
                    last = new SshFailure(SshFailure.Kind.TIMEOUT, "The VM's SSH port does not answer yet.", "");
                    continue;
                }
                try {
                    establish();
                    activity(Activity.Level.INFO, "Reconnected to " + profile.destination() + " after " + attempt
                            + (attempt == 1 ? " attempt" : " attempts") + "; tunnels are back on the same local ports", "");
                    attempt = 0;
                } catch (SshFailure f) {
                    last = f;
                    activity(Activity.Level.WARN, "Reconnect attempt " + attempt + " failed: " + f.getMessage(), f.detail());
                    if (isHostKeyFailure(f)) {
                        fail(f);
                        break;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            shutdown();
        }
    }

    /** First connection: a failure here is reported and ends the attempt (the user fixes and retries). */
    private boolean connectFirst() {
        setState(ConnectionState.CONNECTING);
        activity(Activity.Level.INFO, "Connecting to " + profile.destination()
                + (profile.jump() != null ? " through " + profile.jump() : ""), "");
        try {
            establish();
            return true;
        } catch (SshFailure f) {
            fail(f);
            return false;
        }
    }

    private void establish() throws SshFailure {
        SshLink fresh = connector.connect(profile, hostKeyPolicy);
        if (!wanted) {
            fresh.close();
            return;
        }
        link = fresh;
        setState(ConnectionState.CONNECTED);
        activity(Activity.Level.INFO, "Connected to " + profile.destination() + " (" + fresh.serverVersion() + ")", "");
        probeAll();
    }

    private void superviseConnected() throws InterruptedException {
        long lastProbe = System.nanoTime();
        long lastTick = System.currentTimeMillis();
        while (wanted && link.isConnected()) {
            synchronized (lock) {
                if (!probeRequested) {
                    lock.wait(1000);
                }
            }
            long now = System.currentTimeMillis();
            // The wall clock jumping far past the monotonic wait means the machine slept: check the link now.
            if (now - lastTick > 5000 + 1000) {
                activity(Activity.Level.INFO, "The computer woke up or the network changed; checking the connection", "");
                link.sendKeepAlive();
                requestProbe();
            }
            lastTick = now;
            boolean due = System.nanoTime() - lastProbe >= probeInterval.toNanos();
            boolean requested;
            synchronized (lock) {
                requested = probeRequested;
                probeRequested = false;
            }
            if ((due || requested) && link.isConnected()) {
                probeAll();
                lastProbe = System.nanoTime();
            }
        }
    }

    private void onLost() {
        activity(Activity.Level.WARN, "Lost the connection to " + profile.destination() + "; reconnecting", "");
        SshLink dead = link;
        link = null;
        dead.close();
        synchronized (lock) {
            for (Tunnel t : tunnels.values()) {
                if (t.forwarder != null) {
                    t.forwarder.dropConnections();
                }
            }
        }
    }

    /**
     * Waits out the backoff before an attempt, publishing the countdown. After a network failure it ends
     * early as soon as the VM's SSH port answers again, so tunnels return within seconds of the link.
     * False when the user stopped.
     */
    private boolean awaitRetry(int attempt, SshFailure last) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Backoff.delaySeconds(attempt));
        boolean networkFailure = last == null || NETWORK_FAILURES.contains(last.kind());
        while (wanted) {
            long leftNanos = until - System.nanoTime();
            long left = Math.max(0, (leftNanos + 999_999_999L) / 1_000_000_000L);
            setState(ConnectionState.reconnecting(attempt, left, last));
            publishReconnecting(attempt, left);
            if (left == 0 || (networkFailure && attempt > 1 && sshPortAnswers())) {
                return true;
            }
            synchronized (lock) {
                lock.wait(Math.min(1000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(leftNanos))));
            }
        }
        return false;
    }

    private boolean sshPortAnswers() {
        String host = profile.jump() != null ? profile.jump().host() : profile.host();
        int port = profile.jump() != null ? profile.jump().port() : profile.port();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), REACH_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void probeAll() {
        SshLink current = link;
        List<TunnelStatus> changed = new ArrayList<>();
        List<Tunnel> snapshot;
        synchronized (lock) {
            snapshot = new ArrayList<>(tunnels.values());
        }
        for (Tunnel t : snapshot) {
            TunnelStatus next = probe(t, current);
            synchronized (lock) {
                TunnelStatus previous = t.status;
                t.status = next;
                if (!next.sameStateAs(previous)) {
                    changed.add(next);
                }
            }
        }
        for (TunnelStatus s : changed) {
            Activity.Level level = s.kind() == TunnelStatus.Kind.UP || s.kind() == TunnelStatus.Kind.STOPPED
                    ? Activity.Level.INFO : Activity.Level.WARN;
            activity(level, s.spec().label() + " (" + s.spec().remotePort() + " → localhost:" + s.localPort() + "): "
                    + s.describe(), "");
        }
        publishTunnels();
    }

    private TunnelStatus probe(Tunnel t, SshLink current) {
        synchronized (lock) {
            if (t.userStopped) {
                return t.make(TunnelStatus.Kind.STOPPED, 0);
            }
            if (t.forwarder == null) {
                bind(t);
                if (t.forwarder == null) {
                    return t.make(TunnelStatus.Kind.LOCAL_PORT_BUSY, 0);
                }
            }
        }
        if (current == null || !current.isConnected()) {
            return t.make(TunnelStatus.Kind.RECONNECTING, 0);
        }
        try {
            long rtt = current.probe(t.spec.remotePort(), probeTimeoutMs());
            return t.make(TunnelStatus.Kind.UP, rtt / 1_000_000.0);
        } catch (Exception e) {
            return current.isConnected() ? t.make(TunnelStatus.Kind.REMOTE_PORT_CLOSED, 0) : t.make(TunnelStatus.Kind.RECONNECTING, 0);
        }
    }

    /** A probe never outwaits keepalive's verdict on a dead link, so a drop is noticed when keepalive says so. */
    private int probeTimeoutMs() {
        Profile.KeepAlive ka = profile.keepAlive();
        return (int) Math.min(PROBE_TIMEOUT_MS, 1000L * ka.intervalSeconds() * ka.maxMisses());
    }

    private void publishReconnecting(int attempt, long nextTry) {
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
        publishTunnels();
    }

    /** Binds the tunnel's listener, or records who holds its port. Called with the lock held. */
    private void bind(Tunnel t) {
        if (t.forwarder != null) {
            return;
        }
        LocalForwarder f = new LocalForwarder(t.spec.remotePort(), t.localPort, () -> link, pumps);
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
                activity(Activity.Level.WARN, "Local port " + t.localPort + " for " + t.spec.label() + " is held by "
                        + holder + "." + advice, e.getMessage());
            }
        }
    }

    private void fail(SshFailure f) {
        setState(ConnectionState.failed(f));
        activity(Activity.Level.ERROR, f.getMessage(), f.detail());
        synchronized (lock) {
            wanted = false;
            lock.notifyAll();
        }
    }

    private static boolean isHostKeyFailure(SshFailure f) {
        return f.kind() == SshFailure.Kind.HOST_KEY_CHANGED || f.kind() == SshFailure.Kind.HOST_KEY_REVOKED
                || f.kind() == SshFailure.Kind.HOST_KEY_UNKNOWN;
    }

    private void shutdown() {
        synchronized (lock) {
            wanted = false;
            for (Tunnel t : tunnels.values()) {
                t.closeForwarder();
                t.status = t.make(TunnelStatus.Kind.STOPPED, 0);
            }
        }
        SshLink l = link;
        link = null;
        if (l != null) {
            l.close();
            activity(Activity.Level.INFO, "Disconnected from " + profile.destination(), "");
        }
        if (state.kind() != ConnectionState.Kind.FAILED) {
            setState(ConnectionState.DISCONNECTED);
        }
        publishTunnels();
    }

    private void requestProbe() {
        synchronized (lock) {
            probeRequested = true;
            lock.notifyAll();
        }
    }

    private Tunnel tunnel(int remotePort) {
        Tunnel t = tunnels.get(remotePort);
        if (t == null) {
            throw new IllegalArgumentException("Profile " + profile.name() + " has no tunnel for remote port " + remotePort);
        }
        return t;
    }

    private void setState(ConnectionState next) {
        synchronized (lock) {
            state = next;
            lock.notifyAll();
        }
        for (ConnectionListener l : listeners) {
            l.stateChanged(next);
        }
    }

    private void publishTunnels() {
        List<TunnelStatus> now = tunnelStatuses();
        for (ConnectionListener l : listeners) {
            l.tunnelsChanged(now);
        }
    }

    private void activity(Activity.Level level, String message, String detail) {
        Activity a = new Activity(Instant.now(), level, message, detail);
        switch (level) {
            case ERROR -> LOG.error("[{}] {}", profile.name(), message);
            case WARN -> LOG.warn("[{}] {}", profile.name(), message);
            default -> LOG.info("[{}] {}", profile.name(), message);
        }
        for (ConnectionListener l : listeners) {
            l.activity(a);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** One forward's mutable state, guarded by {@code lock}. */
    private static final class Tunnel {
        final TunnelSpec spec;
        int localPort;
        boolean userStopped;
        LocalForwarder forwarder;
        String holder;
        TunnelStatus status;

        Tunnel(TunnelSpec spec) {
            this.spec = spec;
            this.localPort = spec.localPort();
            this.status = make(TunnelStatus.Kind.STOPPED, 0);
        }

        TunnelStatus make(TunnelStatus.Kind kind, double rtt) {
            LocalForwarder f = forwarder;
            return new TunnelStatus(spec, localPort, kind, rtt, f == null ? 0 : f.bytesIn(), f == null ? 0 : f.bytesOut(),
                    f == null ? 0 : f.openConnections(), 0, 0, kind == TunnelStatus.Kind.LOCAL_PORT_BUSY ? holder : null);
        }

        void closeForwarder() {
            if (forwarder != null) {
                forwarder.close();
                forwarder = null;
            }
        }
    }
}
