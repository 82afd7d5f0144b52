package eltdeck.tunnel;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.ChannelOpenRefused;
import eltdeck.ssh.ChannelOpenUnanswered;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshFailure;
import eltdeck.ssh.SshLink;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one profile's SSH connection and all its forwards up for as long as the user wants them, like an
 * OpenSSH ControlMaster that reconnects by itself. One thread owns the connection; tunnel status always
 * comes from a real probe through the live session.
 */
public final class ConnectionSupervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSupervisor.class);
    private static final int REACH_TIMEOUT_MS = 1000;
    /** A probe's silence only starts a check of the link, so it need not wait long. */
    private static final int PROBE_TIMEOUT_MS = 3000;
    /** How long a live sshd may take to answer a check of the link; silence beyond it means the link is dead. */
    private static final int CHECK_TIMEOUT_MS = 5000;
    /** Beyond a call's own timeout, for a call stuck writing to a dead socket. */
    private static final int DEADLINE_GRACE_MS = 500;

    private final Profile profile;
    private final SshConnector connector;
    private final HostKeyPolicy hostKeyPolicy;
    private final Duration probeInterval;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Integer, Tunnel> tunnels = new LinkedHashMap<>();
    private final ExecutorService pumps = Executors.newCachedThreadPool(daemon("forward"));
    /** Probes and checks of the link run here, so that the worker keeps its own deadline on each. */
    private final ExecutorService checks = Executors.newCachedThreadPool(daemon("link-check"));
    private final Object lock = new Object();

    private volatile boolean wanted;
    private volatile SshLink link;
    /** Set when a check of the link went unanswered: reconnect even though JSch still counts the session as up. */
    private volatile boolean linkFoundDead;
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

    /** The SSH link while it is connected and answering, for actions to open their channels on; else empty. */
    public Optional<SshLink> liveLink() {
        SshLink current = link;
        boolean alive = current != null && current.isConnected() && !linkFoundDead;
        return alive && state.kind() == ConnectionState.Kind.CONNECTED ? Optional.of(current) : Optional.empty();
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
        checks.shutdownNow();
    }

    private void run() {
        try {
            if (!connectFirst()) {
                return;
            }
            int attempt = 0;
            SshFailure last = null;
            while (wanted) {
                if (linkAlive()) {
                    superviseConnected();
                    if (!wanted) {
                        break;
                    }
                }
                if (link != null) {
                    onLost();
                    last = new SshFailure(SshFailure.Kind.CONNECTION_LOST, linkFoundDead
                            ? "The link stopped answering." : "The connection was lost.", "");
                    attempt = 0;
                }
                attempt++;
                if (!awaitRetry(attempt, last)) {
                    break;
                }
                SshFailure silence = sshPortSilence();
                if (silence != null) {
                    last = silence;
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
                    if (f.kind().retry() == SshFailure.Retry.NEVER) {
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
    private boolean connectFirst() throws InterruptedException {
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

    private void establish() throws SshFailure, InterruptedException {
        SshLink fresh = connector.connect(profile, hostKeyPolicy);
        if (!wanted) {
            fresh.close();
            return;
        }
        link = fresh;
        linkFoundDead = false;
        setState(ConnectionState.CONNECTED);
        activity(Activity.Level.INFO, "Connected to " + profile.destination() + " (" + fresh.serverVersion() + ")", "");
        probeAll();
    }

    /** Returns when the link is lost or found dead (the caller reconnects), or when the user stops. */
    private void superviseConnected() throws InterruptedException {
        long lastProbe = System.nanoTime();
        long lastTick = System.currentTimeMillis();
        long lastTickNanos = System.nanoTime();
        StallWatch stalls = new StallWatch();
        while (wanted && linkAlive()) {
            synchronized (lock) {
                if (!probeRequested) {
                    lock.wait(1000);
                }
            }
            long now = System.currentTimeMillis();
            long nowNanos = System.nanoTime();
            // The wall clock running far ahead of the monotonic one (which stops in suspend) means the machine slept.
            long slept = (now - lastTick) - TimeUnit.NANOSECONDS.toMillis(nowNanos - lastTickNanos);
            String doubt = slept > 5000 ? "The computer woke up or the network changed" : null;
            lastTick = now;
            lastTickNanos = nowNanos;
            if (doubt == null) {
                doubt = stalls.observe(forwardTraffic(), System.nanoTime());
            }
            if (doubt != null && linkAnswers(doubt)) {
                requestProbe();
            }
            boolean due = System.nanoTime() - lastProbe >= probeInterval.toNanos();
            boolean requested;
            synchronized (lock) {
                requested = probeRequested;
                probeRequested = false;
            }
            if ((due || requested) && linkAlive()) {
                probeAll();
                lastProbe = System.nanoTime();
            }
        }
    }

    private boolean linkAlive() {
        SshLink current = link;
        return current != null && current.isConnected() && !linkFoundDead;
    }

    /** The forwards' totals now, for the {@link StallWatch}. */
    private StallWatch.Traffic forwardTraffic() {
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

    /**
     * Something went unanswered: the header and every tunnel say the link is being checked, and a channel open with
     * a short deadline asks sshd for an answer. True when it answers (every tunnel shows what it showed before);
     * false when the link is dead, which then counts as lost.
     */
    private boolean linkAnswers(String doubt) throws InterruptedException {
        SshLink current = link;
        showChecking();
        activity(Activity.Level.INFO, doubt + "; checking the link to " + profile.destination(), "");
        try {
            long rtt = within(() -> current.roundTrip(CHECK_TIMEOUT_MS), CHECK_TIMEOUT_MS);
            activity(Activity.Level.INFO, String.format("The link answers (%.1f ms)", rtt / 1_000_000.0), "");
            endChecking(true);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            if (current.isConnected()) {
                activity(Activity.Level.WARN, "No answer from " + profile.destination() + " within "
                        + CHECK_TIMEOUT_MS / 1000 + " s: the link is down", describe(e));
            }
            linkFoundDead = true;
            endChecking(false);
            return false;
        }
    }

    private void showChecking() {
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
        setState(ConnectionState.CHECKING);
        publishTunnels();
    }

    /** After an answer every tunnel shows what it showed before; after silence they stay in doubt until the reconnect. */
    private void endChecking(boolean answered) {
        synchronized (lock) {
            for (Tunnel t : tunnels.values()) {
                if (answered && t.status.kind() == TunnelStatus.Kind.CHECKING && t.beforeCheck != null) {
                    t.status = t.beforeCheck;
                }
                t.beforeCheck = null;
            }
        }
        if (answered) {
            setState(ConnectionState.CONNECTED);
            publishTunnels();
        }
    }

    /** Runs a call on a thread of its own and gives up on it after its timeout (plus a little). */
    private <T> T within(Callable<T> call, int timeoutMs) throws InterruptedException, ExecutionException, TimeoutException {
        Future<T> f = checks.submit(call);
        try {
            return f.get(timeoutMs + DEADLINE_GRACE_MS, TimeUnit.MILLISECONDS);
        } finally {
            f.cancel(true);
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof TimeoutException ? "no answer before the deadline" : String.valueOf(cause.getMessage());
    }

    private void onLost() {
        activity(Activity.Level.WARN, "Lost the connection to " + profile.destination() + "; reconnecting", "");
        SshLink dead = link;
        link = null;
        closeInBackground(dead);
        synchronized (lock) {
            for (Tunnel t : tunnels.values()) {
                if (t.forwarder != null) {
                    t.forwarder.dropConnections();
                }
            }
        }
    }

    /** Closing a session writes to its socket, which can block for minutes on a dead link: the worker won't wait. */
    private static void closeInBackground(SshLink dead) {
        Thread closer = new Thread(dead::close, "close-dead-link");
        closer.setDaemon(true);
        closer.start();
    }

    /**
     * Waits out the backoff before an attempt, publishing the countdown. After a network failure it ends
     * early as soon as the VM's SSH port answers again, so tunnels return within seconds of the link.
     * False when the user stopped.
     */
    private boolean awaitRetry(int attempt, SshFailure last) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Backoff.delaySeconds(attempt));
        boolean networkFailure = last == null || last.kind().retry() == SshFailure.Retry.WHEN_REACHABLE;
        while (wanted) {
            long leftNanos = until - System.nanoTime();
            long left = Math.max(0, (leftNanos + 999_999_999L) / 1_000_000_000L);
            setState(ConnectionState.reconnecting(attempt, left, last));
            publishReconnecting(attempt, left);
            if (left == 0 || (networkFailure && attempt > 1 && sshPortSilence() == null)) {
                return true;
            }
            synchronized (lock) {
                lock.wait(Math.min(1000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(leftNanos))));
            }
        }
        return false;
    }

    private SshFailure sshPortSilence() {
        return SshPortCheck.silence(profile, REACH_TIMEOUT_MS);
    }

    /**
     * Probes every tunnel at once. A probe that gets no answer says nothing about its port until the link is
     * checked; when that check finds the link dead, nothing is recorded and the link counts as lost.
     */
    private void probeAll() throws InterruptedException {
        SshLink current = link;
        List<Tunnel> snapshot;
        synchronized (lock) {
            snapshot = new ArrayList<>(tunnels.values());
            // Binding stays on this thread: a probe still running after stop() must not take a port again.
            for (Tunnel t : snapshot) {
                if (wanted && !t.userStopped) {
                    bind(t);
                }
            }
        }
        Map<Tunnel, Future<TunnelStatus>> running = new LinkedHashMap<>();
        for (Tunnel t : snapshot) {
            running.put(t, checks.submit(() -> probe(t, current)));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(probeTimeoutMs() + DEADLINE_GRACE_MS);
        Map<Tunnel, TunnelStatus> results = new LinkedHashMap<>();
        for (Map.Entry<Tunnel, Future<TunnelStatus>> e : running.entrySet()) {
            results.put(e.getKey(), awaitProbe(e.getKey(), e.getValue(), deadline));
        }
        List<Tunnel> silent = snapshot.stream().filter(t -> results.get(t).kind() == TunnelStatus.Kind.NOT_ANSWERING
                && t.shown().kind() != TunnelStatus.Kind.NOT_ANSWERING).toList();
        if (!silent.isEmpty() && !linkAnswers("No answer from " + portList(silent) + " on the VM within "
                + probeTimeoutMs() / 1000.0 + " s")) {
            return;
        }
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
            activity(level, s.spec().label() + " (" + s.spec().remotePort() + " → localhost:" + s.localPort() + "): "
                    + s.describe(), "");
        }
        publishTunnels();
    }

    private TunnelStatus awaitProbe(Tunnel t, Future<TunnelStatus> probe, long deadline) throws InterruptedException {
        try {
            return probe.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            probe.cancel(true);
            return t.make(TunnelStatus.Kind.NOT_ANSWERING, 0);
        } catch (ExecutionException e) {
            return t.make(TunnelStatus.Kind.RECONNECTING, 0);
        }
    }

    private static String portList(List<Tunnel> tunnels) {
        return (tunnels.size() == 1 ? "port " : "ports ") + tunnels.stream().map(t -> String.valueOf(t.spec.remotePort()))
                .collect(Collectors.joining(", "));
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
            long rtt = current.probe(t.spec.remotePort(), probeTimeoutMs());
            return t.make(TunnelStatus.Kind.UP, rtt / 1_000_000.0);
        } catch (ChannelOpenRefused refused) {
            return t.make(refused.connectFailed() ? TunnelStatus.Kind.REMOTE_PORT_CLOSED : TunnelStatus.Kind.FORWARD_REFUSED, 0);
        } catch (ChannelOpenUnanswered silence) {
            return t.make(TunnelStatus.Kind.NOT_ANSWERING, 0);
        } catch (Exception e) {
            return current.isConnected() ? t.make(TunnelStatus.Kind.NOT_ANSWERING, 0) : t.make(TunnelStatus.Kind.RECONNECTING, 0);
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
        /** What the tunnel showed before the link came into doubt; null while it is not. */
        TunnelStatus beforeCheck;

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

        /** The status as it stands apart from a check of the link in progress. */
        TunnelStatus shown() {
            return beforeCheck != null ? beforeCheck : status;
        }

        void closeForwarder() {
            if (forwarder != null) {
                forwarder.close();
                forwarder = null;
            }
        }
    }
}
