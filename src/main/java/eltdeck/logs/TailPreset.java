package eltdeck.logs;

import java.util.OptionalInt;

/** How many earlier lines a followed stream starts with ({@code docker logs --tail}). */
public enum TailPreset {
    LINES_100(100),
    LINES_1000(1_000),
    LINES_10000(10_000),
    ALL(-1);

    private final int lines;

    TailPreset(int lines) {
        this.lines = lines;
    }

    /** The number of lines, or empty for all of them. */
    public OptionalInt lines() {
        return lines < 0 ? OptionalInt.empty() : OptionalInt.of(lines);
    }

    public String label() {
        return lines < 0 ? "all lines" : String.format("last %,d", lines);
    }
}
