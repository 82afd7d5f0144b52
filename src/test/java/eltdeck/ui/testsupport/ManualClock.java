package eltdeck.ui.testsupport;

import eltdeck.ui.common.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A clock that stands still until the test moves it: {@link #advance} runs, in the order they fall due, the tasks
 * whose time has come (on the test's thread), so periodic work runs exactly when due and never while nobody looks.
 */
public final class ManualClock implements Scheduler {
    private final List<Booked> booked = new ArrayList<>();
    private long nowNanos;
    private long order;

    @Override
    public synchronized Runnable after(Duration delay, Runnable task) {
        Booked b = new Booked(nowNanos + delay.toNanos(), order++, task);
        booked.add(b);
        return () -> cancel(b);
    }

    /** Moves time on by {@code step}, running every task due on the way, including those booked meanwhile. */
    public void advance(Duration step) {
        long target;
        synchronized (this) {
            target = nowNanos + step.toNanos();
        }
        for (Optional<Booked> due = nextDue(target); due.isPresent(); due = nextDue(target)) {
            due.get().task.run();
        }
        synchronized (this) {
            nowNanos = target;
        }
    }

    /** How many tasks wait for their time. */
    public synchronized int pending() {
        return booked.size();
    }

    private synchronized Optional<Booked> nextDue(long target) {
        Optional<Booked> first = booked.stream().min(Comparator.comparingLong(Booked::at).thenComparingLong(Booked::order))
                .filter(b -> b.at <= target);
        first.ifPresent(b -> {
            booked.remove(b);
            nowNanos = b.at;
        });
        return first;
    }

    private synchronized void cancel(Booked b) {
        booked.remove(b);
    }

    private record Booked(long at, long order, Runnable task) {
    }
}
