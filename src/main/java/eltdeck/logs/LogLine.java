package eltdeck.logs;

import java.time.Instant;
import java.util.Comparator;

/**
 * One line of a log stream.
 *
 * @param stream    the stream's name (a container, a service, a flow run), shown as the line's tag
 * @param sequence  arrival order across all streams of one buffer; breaks ties so merged order is stable
 * @param timestamp when the source says the line was written, or null when it does not say
 * @param received  when the line arrived here
 * @param text      the line's text without escape sequences, and its styles
 * @param level     the level the text declares, or null
 */
public record LogLine(String stream, long sequence, Instant timestamp, Instant received, StyledText text,
                      LogLevel level) {
    /** Lines of several streams merged by time: the source's time where known, else the arrival time. */
    public static final Comparator<LogLine> TIME_ORDER =
            Comparator.comparing(LogLine::time).thenComparingLong(LogLine::sequence);

    public Instant time() {
        return timestamp != null ? timestamp : received;
    }

    public String plainText() {
        return text.plain();
    }
}
