package eltdeck.ui.common;

import java.time.Duration;
import java.util.Locale;

/** How the window writes how long something took. */
public final class Durations {
    private Durations() {
    }

    /** "2.4 s". */
    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
