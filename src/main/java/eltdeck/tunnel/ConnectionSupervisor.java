package eltdeck.tunnel;

import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshFailure;
import eltdeck.ssh.SshLink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one profile's SSH connection and all its forwards up for as long as the user wants them, like an
 * OpenSSH ControlMaster that reconnects by itself. One thread owns the connection and runs its state machine
 * (connecting, connected, checking, reconnecting, failed); the parts it composes do the rest: the session in use
 * ({@link CurrentLink}), the forwards ({@link TunnelForwards}), their probes ({@link TunnelProber}), the doubts about
 * a link ({@link LinkDoubts}), the check of a link with a deadline ({@link LinkCheck}) and when to reconnect
 * ({@link ReconnectPolicy}).
 */
public final class ConnectionSupervisor implements AutoCloseable {
    private static final int REACH_TIMEOUT_MS = 1000;

    private final Profile profile;
    private final SshConnector connector;
    private final HostKeyPolicy hostKeyPolicy;
    private final Duration probeInterval;
    private final Object lock = new Object();
    private final ConnectionEvents events;
    private final TunnelForwards tunnels;
    private final CallDeadline deadline = new CallDeadline();
    private final TunnelProber prober;
    private final LinkCheck linkCheck = new LinkCheck(deadline, LinkCheck.TIMEOUT_MS);
    private final ReconnectPolicy reconnect;
    private final CurrentLink link = new CurrentLink();

    private volatile boolean wanted;
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private Thread worker;
    private boolean probeRequested;

    public ConnectionSupervisor(Profile profile, SshConnector connector, HostKeyPolicy hostKeyPolicy, Duration probeInterval) {
        this.profile = profile;
        this.connector = connector;
        this.hostKeyPolicy = hostKeyPolicy;
        this.probeInterval = probeInterval;
        this.events = new ConnectionEvents(profile.name());
        this.tunnels = new TunnelForwards(profile, lock, link::get, events);
        this.prober = new TunnelProber(profile, lock, deadline);
        this.reconnect = new ReconnectPolicy(lock, () -> wanted, () -> SshPortCheck.silence(profile, REACH_TIMEOUT_MS));
    }

    public Profile profile() {
        return profile;
    }

    public void addListener(ConnectionListener listener) {
        events.add(listener);
    }

    public void removeListener(ConnectionListener listener) {
        events.remove(listener);
    }

    public ConnectionState state() {
        return state;
    }

    /** The SSH link while it is connected and answering, for actions to open their channels on; else empty. */
    public Optional<SshLink> liveLink() {
        Optional<SshLink> answering = link.answering();
        return state.kind() == ConnectionState.Kind.CONNECTED ? answering : Optional.empty();
    }

    /** Uses another local port for one forward in this session only (the profile is unchanged). */
    public void mapLocalPort(int remotePort, int localPort) {
        synchronized (lock) {
            tunnels.remap(remotePort, localPort, wanted);
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
            tunnels.bindRunning();
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
            // The worker closes every listener before it ends.
            DaemonThreads.awaitEnd(w, 5000);
        }
    }

    /** Stops one forward; it stays stopped across reconnects until the user starts it again. */
    public void stopTunnel(int remotePort) {
        synchronized (lock) {
            tunnels.userStop(remotePort);
            requestProbe();
        }
    }

    public void startTunnel(int remotePort) {
        synchronized (lock) {
            tunnels.userStart(remotePort, wanted);
            requestProbe();
        }
    }

    /** The current status of every tunnel, without waiting for a probe. */
    public List<TunnelStatus> tunnelStatuses() {
        return tunnels.statuses();
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
        tunnels.shutdownPumps();
        deadline.close();
    }

    private void run() {
        try {
            if (!connectFirst()) {
                return;
            }
            int attempt = 0;
            SshFailure last = null;
            while (wanted) {
                if (link.alive()) {
                    superviseConnected();
                    if (!wanted) {
                        break;
                    }
                }
                if (link.get() != null) {
                    onLost();
                    last = new SshFailure(SshFailure.Kind.CONNECTION_LOST, link.foundDead()
                            ? "The link stopped answering." : "The connection was lost.", "");
                    attempt = 0;
                }
                attempt++;
                SshFailure cause = last;
                if (!reconnect.awaitRetry(attempt, last, (n, left) -> showReconnecting(n, left, cause))) {
                    break;
                }
                SshFailure silence = SshPortCheck.silence(profile, REACH_TIMEOUT_MS);
                if (silence != null) {
                    last = silence;
                    continue;
                }
                try {
                    establish();
                    events.activity(Activity.Level.INFO, "Reconnected to " + profile.destination() + " after " + attempt
                            + (attempt == 1 ? " attempt" : " attempts") + "; tunnels are back on the same local ports", "");
                    attempt = 0;
                } catch (SshFailure f) {
                    last = f;
                    events.activity(Activity.Level.WARN, "Reconnect attempt " + attempt + " failed: " + f.getMessage(), f.detail());
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
        events.activity(Activity.Level.INFO, "Connecting to " + profile.destination()
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
        link.use(fresh);
        setState(ConnectionState.CONNECTED);
        events.activity(Activity.Level.INFO, "Connected to " + profile.destination() + " (" + fresh.serverVersion() + ")", "");
        probeAll();
    }

    /** Returns when the link is lost or found dead (the caller reconnects), or when the user stops. */
    private void superviseConnected() throws InterruptedException {
        long lastProbe = System.nanoTime();
        LinkDoubts doubts = new LinkDoubts(System.currentTimeMillis(), System.nanoTime());
        while (wanted && link.alive()) {
            synchronized (lock) {
                if (!probeRequested) {
                    lock.wait(1000);
                }
            }
            String doubt = doubts.observe(System.currentTimeMillis(), System.nanoTime(), tunnels::traffic);
            if (doubt != null && linkAnswers(doubt)) {
                requestProbe();
            }
            boolean due = System.nanoTime() - lastProbe >= probeInterval.toNanos();
            boolean requested;
            synchronized (lock) {
                requested = probeRequested;
                probeRequested = false;
            }
            if ((due || requested) && link.alive()) {
                probeAll();
                lastProbe = System.nanoTime();
            }
        }
    }

    /**
     * Something went unanswered: the header and every tunnel say the link is being checked, and a channel open with
     * a short deadline asks sshd for an answer. True when it answers (every tunnel shows what it showed before);
     * false when the link is dead, which then counts as lost.
     */
    private boolean linkAnswers(String doubt) throws InterruptedException {
        SshLink current = link.get();
        tunnels.showChecking();
        setState(ConnectionState.CHECKING);
        publishTunnels();
        events.activity(Activity.Level.INFO, doubt + "; checking the link to " + profile.destination(), "");
        LinkCheck.Answer answer = linkCheck.check(current::roundTrip);
        if (answer.answered()) {
            events.activity(Activity.Level.INFO, String.format("The link answers (%.1f ms)", answer.rttNanos() / 1_000_000.0), "");
            tunnels.endChecking(true);
            setState(ConnectionState.CONNECTED);
            publishTunnels();
            return true;
        }
        if (current.isConnected()) {
            events.activity(Activity.Level.WARN, "No answer from " + profile.destination() + " within "
                    + linkCheck.timeoutMs() / 1000 + " s: the link is down", answer.silence());
        }
        link.markDead();
        tunnels.endChecking(false);
        return false;
    }

    private void onLost() {
        events.activity(Activity.Level.WARN, "Lost the connection to " + profile.destination() + "; reconnecting", "");
        link.dropLost();
        tunnels.dropConnections();
    }

    private void showReconnecting(int attempt, long secondsLeft, SshFailure last) {
        setState(ConnectionState.reconnecting(attempt, secondsLeft, last));
        tunnels.showReconnecting(attempt, secondsLeft);
        publishTunnels();
    }

    /**
     * Probes every tunnel at once. A probe that gets no answer says nothing about its port until the link is
     * checked; when that check finds the link dead, nothing is recorded and the link counts as lost.
     */
    private void probeAll() throws InterruptedException {
        SshLink current = link.get();
        List<Tunnel> snapshot;
        synchronized (lock) {
            snapshot = tunnels.snapshot();
            // Binding stays on this thread: a probe still running after stop() must not take a port again.
            if (wanted) {
                tunnels.bindRunning();
            }
        }
        Map<Tunnel, TunnelStatus> results = prober.probeEach(snapshot, current);
        List<Tunnel> silent = snapshot.stream().filter(t -> results.get(t).kind() == TunnelStatus.Kind.NOT_ANSWERING
                && t.shown().kind() != TunnelStatus.Kind.NOT_ANSWERING).toList();
        if (!silent.isEmpty() && !linkAnswers("No answer from " + TunnelProber.portList(silent) + " on the VM within "
                + prober.timeoutMs() / 1000.0 + " s")) {
            return;
        }
        tunnels.record(results);
        publishTunnels();
    }

    private void fail(SshFailure f) {
        setState(ConnectionState.failed(f));
        events.activity(Activity.Level.ERROR, f.getMessage(), f.detail());
        synchronized (lock) {
            wanted = false;
            lock.notifyAll();
        }
    }

    private void shutdown() {
        synchronized (lock) {
            wanted = false;
            tunnels.closeAll();
        }
        if (link.close()) {
            events.activity(Activity.Level.INFO, "Disconnected from " + profile.destination(), "");
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

    private void setState(ConnectionState next) {
        synchronized (lock) {
            state = next;
            lock.notifyAll();
        }
        events.stateChanged(next);
    }

    private void publishTunnels() {
        events.tunnelsChanged(tunnels.statuses());
    }
}
