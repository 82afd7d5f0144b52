package eltdeck.tunnel;

import eltdeck.ssh.SshLink;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One channel to the tunnel's remote port opened ahead of the next connection, while the tunnel is in use: a web UI
 * opens its connections one after another, and each would otherwise wait for a channel-open round trip (sshd connects
 * to the service before it answers), most of a small request's time. As a browser's preconnect, the ahead channel is
 * a connection to the service with nothing sent yet; it is closed unused after {@link #LIFETIME_MS}, well within any
 * web server's idle timeout, and never handed on once the VM side has ended.
 */
final class AheadChannel {
    static final long LIFETIME_MS = 2_000;

    private final Executor executor;
    private final Function<SshLink, ForwardedConnection> opener;
    private final AtomicReference<Ahead> ahead = new AtomicReference<>();
    private final AtomicBoolean opening = new AtomicBoolean();
    private final AtomicInteger opened = new AtomicInteger();

    /** {@code opener} opens a channel on the link, or returns null when it could not (refused, link down). */
    AheadChannel(Executor executor, Function<SshLink, ForwardedConnection> opener) {
        this.executor = executor;
        this.opener = opener;
    }

    /** The channel opened ahead on {@code link}, if there is one; the caller attaches it or ends it. */
    ForwardedConnection take(SshLink link) {
        Ahead a = ahead.getAndSet(null);
        if (a == null) {
            return null;
        }
        if (a.link != link) {
            a.connection.end();
            return null;
        }
        return a.connection;
    }

    /** A channel is held ahead and the VM has not ended it. */
    boolean holds() {
        Ahead a = ahead.get();
        return a != null && a.connection.usable();
    }

    /** How many channels were opened ahead so far. */
    int opened() {
        return opened.get();
    }

    /** Opens the next channel ahead in the background, unless one is there or on its way. */
    void refill(SshLink link) {
        if (ahead.get() != null || !opening.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> open(link));
        } catch (RuntimeException shuttingDown) {
            opening.set(false);
        }
    }

    /** Ends the channel held ahead, if any (the link went down, or the tunnel closes). */
    void drop() {
        Ahead a = ahead.getAndSet(null);
        if (a != null) {
            a.connection.end();
        }
    }

    private void open(SshLink link) {
        try {
            ForwardedConnection c = opener.apply(link);
            if (c == null) {
                return;
            }
            Ahead a = new Ahead(link, c);
            Ahead before = ahead.getAndSet(a);
            if (before != null) {
                before.connection.end();
            }
            opened.incrementAndGet();
            CompletableFuture.delayedExecutor(LIFETIME_MS, TimeUnit.MILLISECONDS, executor).execute(() -> expire(a));
        } catch (RuntimeException shuttingDown) {
            drop();
        } finally {
            opening.set(false);
        }
    }

    private void expire(Ahead a) {
        if (ahead.compareAndSet(a, null)) {
            a.connection.end();
        }
    }

    private record Ahead(SshLink link, ForwardedConnection connection) {
    }
}
