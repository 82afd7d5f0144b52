package eltdeck.logs;

import java.time.Instant;

/** A line as a source delivers it: raw text (escape sequences included) and the source's timestamp, if any. */
public record SourceLine(Instant timestamp, String text) {
    public static SourceLine untimed(String text) {
        return new SourceLine(null, text);
    }
}
