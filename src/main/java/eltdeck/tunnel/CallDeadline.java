package eltdeck.tunnel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs probes and checks of the link on threads of their own, so that the connection's worker keeps its own
 * deadline on each: a call stuck on a dead socket is given up on (and interrupted), never waited out.
 */
final class CallDeadline implements AutoCloseable {
    /** Beyond a call's own timeout, for a call stuck writing to a dead socket. */
    static final int GRACE_MS = 500;

    private final ExecutorService threads = Executors.newCachedThreadPool(DaemonThreads.named("link-check"));

    <T> Future<T> submit(Callable<T> call) {
        return threads.submit(call);
    }

    /** The {@link System#nanoTime()} by which a call with this timeout of its own must have ended. */
    static long deadlineNanos(int timeoutMs) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs + GRACE_MS);
    }

    /** Runs a call on a thread of its own and gives up on it after its timeout (plus a little). */
    <T> T within(Callable<T> call, int timeoutMs) throws InterruptedException, ExecutionException, TimeoutException {
        Future<T> f = threads.submit(call);
        try {
            return f.get(timeoutMs + GRACE_MS, TimeUnit.MILLISECONDS);
        } finally {
            f.cancel(true);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
