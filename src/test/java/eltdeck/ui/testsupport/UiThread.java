package eltdeck.ui.testsupport;

import eltdeck.ui.common.TaskRunner;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the FX thread in view-model tests: one thread that owns the view model's properties,
 * with real background work beside it, so tests see the same hand-over as the app.
 */
public final class UiThread implements AutoCloseable {
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> daemon(r, "test-ui"));
    private final ExecutorService background = Executors.newCachedThreadPool(r -> daemon(r, "test-background"));

    public TaskRunner tasks() {
        return new TaskRunner(background, ui);
    }

    /** Runs on the UI thread and returns the result. */
    public <T> T call(Callable<T> read) throws Exception {
        return ui.submit(read).get(10, TimeUnit.SECONDS);
    }

    public void run(Runnable action) throws Exception {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Polls a condition on the UI thread until it holds. */
    public void await(Duration timeout, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!call(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Condition not met within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /**
     * Ends the background work first, so none of it hands a result to a UI thread already gone (the rejection would
     * surface in a later test); then the UI thread.
     */
    @Override
    public void close() {
        background.shutdownNow();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ui.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
