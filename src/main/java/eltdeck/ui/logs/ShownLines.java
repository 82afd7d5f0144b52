package eltdeck.ui.logs;

import eltdeck.logs.BoundedRing;
import eltdeck.logs.LogLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import javafx.collections.ObservableListBase;

/**
 * The lines a view shows: kept in {@link LogLine#TIME_ORDER}, bounded by dropping the oldest, and changed only
 * in whole batches, each one list change. It is read-only to everyone else (add/remove throw).
 *
 * <p>A ring rather than an ObservableList wrapper: {@code ObservableList.remove(from, to)} removes one element
 * at a time from an ArrayList, so shedding 5,000 lines from the front of 100,000 cost seconds per batch.
 */
final class ShownLines extends ObservableListBase<LogLine> implements RandomAccess {
    private final BoundedRing<LogLine> ring;

    ShownLines(int limit) {
        ring = new BoundedRing<>(limit);
    }

    @Override
    public LogLine get(int index) {
        return ring.get(index);
    }

    @Override
    public int size() {
        return ring.size();
    }

    /**
     * Adds lines sorted in time order; lines older than the newest shown (a late upload, a stream's history) are
     * merged into place, each reported as added where it lands, so the lines around it keep their cells and selection.
     */
    void merge(List<LogLine> batch) {
        if (batch.isEmpty()) {
            return;
        }
        beginChange();
        try {
            int at = insertionPoint(batch.get(0));
            int overflow = Math.max(0, size() + batch.size() - ring.capacity());
            if (at == size()) {
                append(batch);
            } else if (overflow <= at) {
                // The lines that must leave to make room are all older than the first late one.
                dropOldest(overflow);
                insertInPlace(at - overflow, batch);
            } else {
                // Older than nearly all shown: lay the tail out again, as the oldest lines leave in the same change.
                List<LogLine> tail = copy(at, size());
                ring.truncate(at);
                nextRemove(at, tail);
                append(mergeSorted(tail, batch));
            }
        } finally {
            endChange();
        }
    }

    /** Shows these lines (sorted in time order) instead, the newest of them if there are too many. */
    void replaceWith(List<LogLine> lines) {
        beginChange();
        try {
            if (size() > 0) {
                List<LogLine> removed = copy(0, size());
                ring.clear();
                nextRemove(0, removed);
            }
            append(lines);
        } finally {
            endChange();
        }
    }

    private void append(List<LogLine> lines) {
        int capacity = ring.capacity();
        List<LogLine> kept = lines.size() > capacity ? lines.subList(lines.size() - capacity, lines.size()) : lines;
        dropOldest(Math.max(0, size() + kept.size() - capacity));
        int from = size();
        for (LogLine line : kept) {
            ring.add(line);
        }
        if (size() > from) {
            nextAdd(from, size());
        }
    }

    private void dropOldest(int count) {
        if (count > 0) {
            List<LogLine> dropped = copy(0, count);
            ring.removeOldest(count);
            nextRemove(0, dropped);
        }
    }

    /** Merges the batch into the shown lines from {@code at} on; the ring has room for all of it. */
    private void insertInPlace(int at, List<LogLine> batch) {
        List<LogLine> tail = copy(at, size());
        ring.truncate(at);
        int next = 0;
        for (LogLine line : mergeSorted(tail, batch)) {
            ring.add(line);
            if (next < batch.size() && line == batch.get(next)) {
                next++;
                nextAdd(size() - 1, size());
            }
        }
    }

    /** The index of the first shown line after {@code line}; the size when {@code line} is newer than all. */
    private int insertionPoint(LogLine line) {
        if (size() == 0 || LogLine.TIME_ORDER.compare(get(size() - 1), line) < 0) {
            return size();
        }
        return -Collections.binarySearch(this, line, LogLine.TIME_ORDER) - 1;
    }

    private List<LogLine> copy(int from, int to) {
        List<LogLine> copy = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            copy.add(ring.get(i));
        }
        return copy;
    }

    private static List<LogLine> mergeSorted(List<LogLine> a, List<LogLine> b) {
        List<LogLine> merged = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            merged.add(LogLine.TIME_ORDER.compare(a.get(i), b.get(j)) <= 0 ? a.get(i++) : b.get(j++));
        }
        merged.addAll(a.subList(i, a.size()));
        merged.addAll(b.subList(j, b.size()));
        return merged;
    }
}
