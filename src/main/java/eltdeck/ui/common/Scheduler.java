package eltdeck.ui.common;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Says when the time has come: runs a task once after a delay. The {@link TaskRunner} drives its periodic work with
 * one, so tests hand it a clock they move on themselves instead of waiting.
 */
@FunctionalInterface
public interface Scheduler {
    /** Runs {@code task} once, {@code delay} from now, on the scheduler's own thread; the answer cancels it. */
    Runnable after(Duration delay, Runnable task);

    /** The wall clock: one daemon timer thread for the whole app, which only hands tasks on. */
    static Scheduler system() {
        return SystemTimer.INSTANCE::after;
    }

    /** The shared timer thread, made when first used. */
    final class SystemTimer {
        private static final SystemTimer INSTANCE = new SystemTimer();
        private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "ui-timer");
            t.setDaemon(true);
            return t;
        });

        private SystemTimer() {
            timer.setRemoveOnCancelPolicy(true);
        }

        private Runnable after(Duration delay, Runnable task) {
            Future<?> pending = timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> pending.cancel(false);
        }
    }
}
