package eltdeck.logs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Puts lines that arrive late back in the order they were written. Each line is held until it has waited
 * {@code window} since it arrived; then it goes out together with every held line written before it, oldest first
 * (equal times in arrival order). A line that arrives later still than the window goes out at once, out of order
 * but never lost or repeated.
 *
 * <p>Why this suffices: a line written before another arrives at most its lateness after that other one arrived, so
 * when the window is at least the lateness, every older line is in hand before a newer one goes out. Holding by
 * arrival rather than by the writer's clock keeps this true however far the writer's clock is from ours.
 * Not thread-safe: one reader offers and takes.
 */
public final class ReorderWindow<T> {
    private record Held<T>(T line, Instant time, long arrival, Instant arrivedAt) {
    }

    private final Function<T, Instant> timeOf;
    private final Duration window;
    private final Clock clock;
    private final PriorityQueue<Held<T>> byTime = new PriorityQueue<>(
            Comparator.<Held<T>, Instant>comparing(Held::time).thenComparingLong(Held::arrival));
    private final Deque<Held<T>> byArrival = new ArrayDeque<>();
    /** Every held line written up to this time may go out; null until a line has waited the whole window. */
    private Instant releasedUpTo;
    private long arrivals;

    /**
     * @param timeOf when a line was written (its writer's clock)
     * @param window how long a line waits for older ones that may still arrive; zero hands lines out as they come
     */
    public ReorderWindow(Function<T, Instant> timeOf, Duration window, Clock clock) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("a reorder window cannot be negative: " + window);
        }
        this.timeOf = timeOf;
        this.window = window;
        this.clock = clock;
    }

    /** Takes lines as they arrived (in any order). */
    public void offer(List<T> lines) {
        Instant now = clock.instant();
        for (T line : lines) {
            Held<T> held = new Held<>(line, timeOf.apply(line), arrivals++, now);
            byTime.add(held);
            byArrival.add(held);
        }
    }

    /** The held lines whose time has come, in time order. */
    public List<T> due() {
        Instant now = clock.instant();
        while (!byArrival.isEmpty() && !byArrival.peek().arrivedAt().plus(window).isAfter(now)) {
            Instant time = byArrival.poll().time();
            releasedUpTo = releasedUpTo == null || time.isAfter(releasedUpTo) ? time : releasedUpTo;
        }
        List<T> due = new ArrayList<>();
        while (releasedUpTo != null && !byTime.isEmpty() && !byTime.peek().time().isAfter(releasedUpTo)) {
            due.add(byTime.poll().line());
        }
        return due;
    }

    /** Every held line, in time order, at once: nothing older can come any more (the source has ended). */
    public List<T> drain() {
        List<T> all = new ArrayList<>(byTime.size());
        while (!byTime.isEmpty()) {
            Held<T> next = byTime.poll();
            all.add(next.line());
            releasedUpTo = releasedUpTo == null || next.time().isAfter(releasedUpTo) ? next.time() : releasedUpTo;
        }
        byArrival.clear();
        return all;
    }

    /** Lines waiting to go out. */
    public int held() {
        return byTime.size();
    }
}
