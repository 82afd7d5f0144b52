package eltdeck.logs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Splits the RFC 3339 timestamp that {@code docker logs --timestamps} puts before each line. */
public final class TimestampPrefix {
    /** "2024-01-15T10:30:00Z" is the shortest form; nanoseconds and an offset make it at most 35. */
    private static final int SHORTEST = 20;
    private static final int LONGEST = 35;

    private TimestampPrefix() {
    }

    /** The line's timestamp and the text after it; a line without such a prefix comes back untimed and whole. */
    public static SourceLine split(String line) {
        int space = line.indexOf(' ');
        int end = space < 0 ? line.length() : space;
        if (end < SHORTEST || end > LONGEST || line.charAt(4) != '-' || line.charAt(10) != 'T') {
            return SourceLine.untimed(line);
        }
        try {
            Instant time = OffsetDateTime.parse(line.substring(0, end), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return new SourceLine(time, space < 0 ? "" : line.substring(space + 1));
        } catch (DateTimeParseException e) {
            return SourceLine.untimed(line);
        }
    }
}
