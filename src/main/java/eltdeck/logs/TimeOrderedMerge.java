package eltdeck.logs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges several streams, each already in time order, into one time order while they arrive: a line goes out once
 * every stream still open has a line queued (none can bring an older one), or, when following, once it has waited
 * {@code hold}, so that a quiet stream delays the others only that long. A line without a timestamp takes the
 * previous one of its stream. Fed by sources on their threads, drained by one reader.
 */
public final class TimeOrderedMerge implements LogSink {
    /** A line of the merged output and the stream it came from. */
    public record Merged(String stream, SourceLine line) {
    }

    private record Queued(SourceLine line, long arrivedNanos) {
    }

    private final Map<String, Deque<Queued>> queues = new LinkedHashMap<>();
    private final Set<String> open = new LinkedHashSet<>();
    private final Map<String, Instant> lastTime = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Optional<Duration> hold;

    /**
     * @param hold how long a line may wait for quieter streams; empty: until each stream has a line or ended
     */
    public TimeOrderedMerge(Collection<String> streams, Optional<Duration> hold) {
        streams.forEach(stream -> queues.put(stream, new ArrayDeque<>()));
        open.addAll(streams);
        this.hold = hold;
    }

    @Override
    public synchronized void accept(String stream, List<SourceLine> lines) {
        Deque<Queued> queue = queues.get(stream);
        long now = System.nanoTime();
        for (SourceLine line : lines) {
            Instant time = line.timestamp() != null ? line.timestamp() : lastTime.getOrDefault(stream, Instant.EPOCH);
            lastTime.put(stream, time);
            queue.add(new Queued(new SourceLine(time, line.text()), now));
        }
        notifyAll();
    }

    @Override
    public synchronized void ended(String stream, Exception error) {
        open.remove(stream);
        if (error != null) {
            failures.add(stream + ": " + error.getMessage());
        }
        notifyAll();
    }

    /** The streams that ended because reading failed, each with why. */
    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** Waits for the next line in time order; empty once every stream has ended and every line has gone out. */
    public synchronized Optional<Merged> next() throws InterruptedException {
        while (true) {
            String oldest = streamWithOldestHead();
            if (oldest == null && open.isEmpty()) {
                return Optional.empty();
            }
            if (oldest != null && (othersHaveALineOrEnded(oldest) || heldLongEnough(oldest))) {
                return Optional.of(new Merged(oldest, queues.get(oldest).poll().line()));
            }
            waitForMore(oldest);
        }
    }

    private String streamWithOldestHead() {
        String oldest = null;
        Instant oldestTime = null;
        for (Map.Entry<String, Deque<Queued>> e : queues.entrySet()) {
            Queued head = e.getValue().peek();
            if (head != null && (oldestTime == null || head.line().timestamp().isBefore(oldestTime))) {
                oldest = e.getKey();
                oldestTime = head.line().timestamp();
            }
        }
        return oldest;
    }

    private boolean othersHaveALineOrEnded(String stream) {
        return open.stream().allMatch(other -> other.equals(stream) || !queues.get(other).isEmpty());
    }

    private boolean heldLongEnough(String stream) {
        return hold.isPresent() && waitedNanos(stream) >= hold.get().toNanos();
    }

    private long waitedNanos(String stream) {
        return System.nanoTime() - queues.get(stream).peek().arrivedNanos();
    }

    private void waitForMore(String oldest) throws InterruptedException {
        if (oldest == null || hold.isEmpty()) {
            wait();
        } else {
            wait(Math.max(1, (hold.get().toNanos() - waitedNanos(oldest)) / 1_000_000));
        }
    }
}
