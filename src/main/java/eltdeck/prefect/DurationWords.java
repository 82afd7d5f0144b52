package eltdeck.prefect;

import java.time.Duration;

/** How long a run or task took, as both faces print it: "45s", "2m 05s", "1h 03m"; "-" for none. */
public final class DurationWords {
    private DurationWords() {
    }

    public static String of(Duration d) {
        if (d == null) {
            return "-";
        }
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh %02dm", s / 3600, s / 60 % 60) : s >= 60 ? String.format("%dm %02ds", s / 60, s % 60) : s + "s";
    }
}
