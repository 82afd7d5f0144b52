package eltdeck.logs;

import java.util.List;

/** The newest lines of one stream, oldest overwritten first. Not thread-safe: {@link LogBuffer} guards it. */
final class StreamRing {
    private static final int INITIAL_SLOTS = 1024;

    private final int capacity;
    private LogLine[] slots;
    private int oldest;
    private int size;

    StreamRing(int capacity) {
        this.capacity = capacity;
        this.slots = new LogLine[Math.min(capacity, INITIAL_SLOTS)];
    }

    /** Adds a line whose sequence is above every line held; returns true when it pushed the oldest out. */
    boolean add(LogLine line) {
        if (size == slots.length && size < capacity) {
            grow();
        }
        if (size < slots.length) {
            slots[(oldest + size) % slots.length] = line;
            size++;
            return false;
        }
        slots[oldest] = line;
        oldest = (oldest + 1) % slots.length;
        return true;
    }

    /** Adds to {@code out} the lines whose sequence is above {@code sequence}, oldest first. */
    void collectAfter(long sequence, List<LogLine> out) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (get(mid).sequence() <= sequence) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < size; i++) {
            out.add(get(i));
        }
    }

    int size() {
        return size;
    }

    private LogLine get(int index) {
        return slots[(oldest + index) % slots.length];
    }

    /** Grows by doubling up to the capacity, so a quiet stream does not reserve room for 100k lines. */
    private void grow() {
        LogLine[] bigger = new LogLine[(int) Math.min((long) capacity, slots.length * 2L)];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        slots = bigger;
        oldest = 0;
    }
}
