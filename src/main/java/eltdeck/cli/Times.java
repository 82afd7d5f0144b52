package eltdeck.cli;

import eltdeck.prefect.DurationWords;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants and durations as the Prefect verbs print them: local time with its zone, "2m 05s". */
final class Times {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private Times() {
    }

    static String local(Instant instant) {
        return instant == null ? "-" : LOCAL.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String duration(Duration d) {
        return DurationWords.of(d);
    }
}
