package eltdeck.tunnel;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** The connection's threads never keep the app alive; stopping one waits a bounded time for its end. */
final class DaemonThreads {
    private DaemonThreads() {
    }

    static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Waits for a thread to end (at most {@code millis}), even if the caller itself is being interrupted. */
    static void awaitEnd(Thread w, long millis) {
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
}
