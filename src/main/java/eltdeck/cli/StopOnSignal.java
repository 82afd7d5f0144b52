package eltdeck.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * While open, Ctrl-C or SIGTERM runs {@code stop} and then holds the JVM's exit until this is closed (or the grace
 * time passes), so that a command can release what it holds on the VM (a deploy lock, a {@code docker logs -f}).
 */
final class StopOnSignal implements AutoCloseable {
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    StopOnSignal(String name, Runnable stop, Duration grace) {
        hook = new Thread(() -> {
            stop.run();
            try {
                closed.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // Already shutting down: the hook is running and now returns.
        }
    }
}
