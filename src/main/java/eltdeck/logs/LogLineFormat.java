package eltdeck.logs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a line reads as text, the same on screen, in the clipboard and in a saved file: an optional local
 * timestamp, then, when several streams are shown, the stream's name padded to {@code tagWidth} and a bar
 * (as {@code docker-compose logs} prints it), then the text. Immutable, so it can format on any thread.
 *
 * @param tagWidth the width stream names are padded to; 0 shows no tags
 */
public record LogLineFormat(ZoneId zone, boolean timestamps, int tagWidth) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** The line's time with a trailing space, or empty when timestamps are off. */
    public String timestamp(LogLine line) {
        return timestamps ? TIME.format(line.time().atZone(zone)) + " " : "";
    }

    /** The stream's padded name and bar, or empty when tags are off. */
    public String tag(LogLine line) {
        if (tagWidth == 0) {
            return "";
        }
        StringBuilder tag = new StringBuilder(tagWidth + 3).append(line.stream());
        while (tag.length() < tagWidth) {
            tag.append(' ');
        }
        return tag.append(" | ").toString();
    }

    public String format(LogLine line) {
        return timestamp(line) + tag(line) + line.plainText();
    }
}
