package eltdeck.logs;

/**
 * The newest elements up to a capacity, in the order they were added; the oldest are overwritten first.
 * Removing from either end is cheap, so a bounded log can shed its oldest lines without shifting the rest.
 * Not thread-safe.
 */
public final class BoundedRing<E> {
    private static final int INITIAL_SLOTS = 1024;

    private final int capacity;
    private Object[] slots;
    private int oldest;
    private int size;

    public BoundedRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a ring must hold at least one element, not " + capacity);
        }
        this.capacity = capacity;
        this.slots = new Object[Math.min(capacity, INITIAL_SLOTS)];
    }

    /** Adds at the newest end; returns true when the oldest element made room for it. */
    public boolean add(E element) {
        if (size == slots.length && size < capacity) {
            grow();
        }
        if (size < slots.length) {
            slots[slot(size)] = element;
            size++;
            return false;
        }
        slots[oldest] = element;
        oldest = (oldest + 1) % slots.length;
        return true;
    }

    /** The element at {@code index}, 0 being the oldest. */
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return (E) slots[slot(index)];
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    /** Removes the {@code count} oldest elements. */
    public void removeOldest(int count) {
        checkCount(count);
        for (int i = 0; i < count; i++) {
            slots[slot(i)] = null;
        }
        oldest = slot(count);
        size -= count;
    }

    /** Removes every element from {@code index} on, keeping the older ones. */
    public void truncate(int index) {
        checkCount(size - index);
        for (int i = index; i < size; i++) {
            slots[slot(i)] = null;
        }
        size = index;
    }

    public void clear() {
        truncate(0);
        oldest = 0;
    }

    private int slot(int index) {
        return (oldest + index) % slots.length;
    }

    private void checkCount(int count) {
        if (count < 0 || count > size) {
            throw new IndexOutOfBoundsException("cannot remove " + count + " of " + size);
        }
    }

    /** Grows by doubling up to the capacity, so a quiet stream does not reserve room for 100k lines. */
    private void grow() {
        Object[] bigger = new Object[(int) Math.min((long) capacity, slots.length * 2L)];
        for (int i = 0; i < size; i++) {
            bigger[i] = slots[slot(i)];
        }
        slots = bigger;
        oldest = 0;
    }
}
