package eltdeck.ui.logs;

import eltdeck.logs.BoundedRing;
import eltdeck.logs.LogLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The lines a view shows: kept in {@link LogLine#TIME_ORDER}, bounded by dropping the oldest, and changed only
 * in whole batches, each one list change. It is read-only to everyone else (add/remove throw).
 *
 * <p>A ring rather than an ObservableList wrapper: {@code ObservableList.remove(from, to)} removes one element
 * at a time from an ArrayList, so shedding 5,000 lines from the front of 100,000 cost seconds per batch.
 */
final class ShownLines extends ObservableListBase<LogLine> {
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

    /** Adds lines sorted in time order; lines older than the newest shown are merged into place. */
    void merge(List<LogLine> batch) {
        if (batch.isEmpty()) {
            return;
        }
        beginChange();
        try {
            List<LogLine> incoming = batch;
            int at = insertionPoint(batch.get(0));
            if (at < size()) {
                // A stream's history arrived after newer lines of another stream: merge into the tail.
                List<LogLine> tail = copy(at, size());
                ring.truncate(at);
                nextRemove(at, tail);
                incoming = mergeSorted(tail, batch);
            }
            append(incoming);
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
        int overflow = size() + kept.size() - capacity;
        if (overflow > 0) {
            List<LogLine> dropped = copy(0, overflow);
            ring.removeOldest(overflow);
            nextRemove(0, dropped);
        }
        int from = size();
        for (LogLine line : kept) {
            ring.add(line);
        }
        if (size() > from) {
            nextAdd(from, size());
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
