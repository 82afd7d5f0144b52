package eltdeck.ui.prefect;

import java.time.Duration;
import java.time.format.DateTimeFormatter;

/**
 * How a chart's time axis labels its ticks: as finely as the runs it shows call for, so that runs a minute apart do
 * not share one label ("7 Dec 21:45" under every tick) and runs weeks apart do not spell out the minute.
 */
final class StartAxisFormat {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("d MMM");

    private StartAxisFormat() {
    }

    /** For runs that started within {@code span} of each other. */
    static DateTimeFormatter forSpan(Duration span) {
        if (span.compareTo(Duration.ofMinutes(10)) < 0) {
            return SECONDS;
        }
        if (span.compareTo(Duration.ofHours(20)) < 0) {
            return MINUTES;
        }
        return span.compareTo(Duration.ofDays(4)) < 0 ? DAY_AND_TIME : DAYS;
    }
}
