package eltdeck.ui.testsupport;

import eltdeck.testvm.Await;
import eltdeck.ui.common.Scheduler;
import eltdeck.ui.common.TaskRunner;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
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

    private final Object quiet = new Object();
    private int inFlight;

    /** Periodic work follows the wall clock. */
    public TaskRunner tasks() {
        return tasks(Scheduler.system());
    }

    /** Periodic work follows {@code clock} (e.g. a {@link ManualClock}). */
    public TaskRunner tasks(Scheduler clock) {
        return new TaskRunner(counted(background), counted(ui), clock);
    }

    /**
     * Waits until the work handed to the runner so far, and all it led to, is done: what a view model did not
     * start by then, it did not start at all. Periodic work waiting for its clock does not count.
     */
    public void settle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (quiet) {
            while (inFlight > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(inFlight + " tasks still under way after " + timeout);
                }
                TimeUnit.NANOSECONDS.timedWait(quiet, left);
            }
        }
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
        Await.until(timeout, "a condition on the UI thread", () -> {
            try {
                return call(condition);
            } catch (Exception e) {
                throw new IllegalStateException("The UI thread could not answer", e);
            }
        });
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

    /** Counts a task from when it is handed over until it ends, so that whatever it hands on is counted first. */
    private Executor counted(Executor executor) {
        return task -> {
            synchronized (quiet) {
                inFlight++;
            }
            executor.execute(() -> {
                try {
                    task.run();
                } finally {
                    synchronized (quiet) {
                        inFlight--;
                        quiet.notifyAll();
                    }
                }
            });
        };
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
