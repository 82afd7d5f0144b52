package eltdeck.logs;

import java.util.HashMap;
import java.util.Map;

/**
 * The streams a view has shown, in the order they first appeared: each gets a colour slot, and the longest
 * name sets the width tags are padded to so the text after them lines up. Not thread-safe: one view's thread.
 */
public final class StreamTags {
    /** Colour slots; the ninth stream shares the first one's colour. */
    public static final int SLOTS = 8;

    private final Map<String, Integer> order = new HashMap<>();
    private int width;

    /** Notes a stream; true when it is new. */
    public boolean register(String stream) {
        if (order.containsKey(stream)) {
            return false;
        }
        order.put(stream, order.size());
        width = Math.max(width, stream.length());
        return true;
    }

    /** The colour slot of a registered stream (0 for one not registered). */
    public int slot(String stream) {
        return order.getOrDefault(stream, 0) % SLOTS;
    }

    public int count() {
        return order.size();
    }

    /** The width of the longest name. */
    public int width() {
        return width;
    }
}
