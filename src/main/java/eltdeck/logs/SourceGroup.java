package eltdeck.logs;

import java.util.List;

/**
 * Several log sources started and stopped as one, delivering to one sink. Once {@link #stop} has returned, not a
 * single line more reaches the sink, even one a source's reader had in hand: the owner may clear what it shows
 * and start another group at once. Start and stop block on the network; call them off the UI thread.
 */
public final class SourceGroup {
    private final List<? extends LogSource> sources;
    private final LogSink sink;
    private boolean open = true;

    public SourceGroup(List<? extends LogSource> sources, LogSink sink) {
        this.sources = List.copyOf(sources);
        this.sink = sink;
    }

    /** Starts every source; a stop that came first leaves the rest unstarted. */
    public void start() {
        LogSink gated = new Gated();
        for (LogSource source : sources) {
            synchronized (this) {
                if (!open) {
                    return;
                }
            }
            try {
                source.start(gated);
            } catch (IllegalStateException e) {
                return; // stopped meanwhile: a stopped source refuses to start
            }
        }
    }

    /** Closes the gate to the sink at once, without touching the network: safe on the UI thread; idempotent. */
    public synchronized void mute() {
        open = false;
    }

    /** Mutes, then stops every source; idempotent. */
    public void stop() {
        mute();
        sources.forEach(LogSource::stop);
    }

    private final class Gated implements LogSink {
        @Override
        public void accept(String stream, List<SourceLine> lines) {
            synchronized (SourceGroup.this) {
                if (open) {
                    sink.accept(stream, lines);
                }
            }
        }

        @Override
        public void ended(String stream, Exception error) {
            synchronized (SourceGroup.this) {
                if (open) {
                    sink.ended(stream, error);
                }
            }
        }
    }
}
