package eltdeck.logs;

import java.util.List;

/** Where a {@link LogSource} delivers its lines. Called on the source's own thread; must not block for long. */
public interface LogSink {
    /** Lines of one stream, oldest first. */
    void accept(String stream, List<SourceLine> lines);

    /**
     * The stream ended on its own: at its end (error null) or because reading failed. Not called after
     * {@link LogSource#stop()}, whose caller knows already.
     */
    void ended(String stream, Exception error);
}
