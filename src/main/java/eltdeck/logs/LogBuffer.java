package eltdeck.logs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of several streams, each stream bounded to its newest lines so a chatty source cannot grow memory.
 * Thread-safe: sources append on their threads, a view reads on its own. One lock covers every stream, so a
 * reader that has seen sequence N has seen every line up to N, whichever stream it belongs to.
 */
public final class LogBuffer {
    public static final int DEFAULT_LINES_PER_STREAM = 100_000;

    private final int linesPerStream;
    private final Clock clock;
    private final Map<String, BoundedRing<LogLine>> streams = new LinkedHashMap<>();
    private long lastSequence;
    private long appended;
    private long dropped;

    public LogBuffer() {
        this(DEFAULT_LINES_PER_STREAM, Clock.systemUTC());
    }

    public LogBuffer(int linesPerStream, Clock clock) {
        if (linesPerStream < 1) {
            throw new IllegalArgumentException("a stream must keep at least one line, not " + linesPerStream);
        }
        this.linesPerStream = linesPerStream;
        this.clock = clock;
    }

    /** Lines taken after {@code sequence}, in time order, and the last sequence given out when they were taken. */
    public record Slice(List<LogLine> lines, long lastSequence) {
    }

    /** Parses the lines (escapes, level) on the caller's thread, then stores them in one step. */
    public void append(String stream, List<SourceLine> lines) {
        Instant received = clock.instant();
        List<StyledText> texts = new ArrayList<>(lines.size());
        List<LogLevel> levels = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            StyledText text = AnsiParser.parse(line.text());
            texts.add(text);
            levels.add(LogLevel.detect(text.plain()));
        }
        synchronized (this) {
            BoundedRing<LogLine> ring = streams.computeIfAbsent(stream, name -> new BoundedRing<>(linesPerStream));
            for (int i = 0; i < lines.size(); i++) {
                LogLine line = new LogLine(stream, ++lastSequence, lines.get(i).timestamp(), received, texts.get(i), levels.get(i));
                if (ring.add(line)) {
                    dropped++;
                }
            }
            appended += lines.size();
        }
    }

    /** The lines whose sequence is above {@code sequence} (0 for all), merged in {@link LogLine#TIME_ORDER}. */
    public synchronized Slice linesAfter(long sequence) {
        List<LogLine> lines = new ArrayList<>();
        for (BoundedRing<LogLine> ring : streams.values()) {
            for (int i = firstAfter(ring, sequence); i < ring.size(); i++) {
                lines.add(ring.get(i));
            }
        }
        lines.sort(LogLine.TIME_ORDER);
        return new Slice(lines, lastSequence);
    }

    /** Removes every line; sequences keep counting up, so readers can go on asking for lines after theirs. */
    public synchronized void clear() {
        streams.clear();
        appended = 0;
        dropped = 0;
    }

    /** Lines appended since the start or the last clear. */
    public synchronized long appended() {
        return appended;
    }

    /** Lines pushed out by newer lines of their stream since the start or the last clear. */
    public synchronized long dropped() {
        return dropped;
    }

    /** The index of a stream's first line above {@code sequence}: its lines are in sequence order. */
    private static int firstAfter(BoundedRing<LogLine> ring, long sequence) {
        int low = 0;
        int high = ring.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ring.get(mid).sequence() <= sequence) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
