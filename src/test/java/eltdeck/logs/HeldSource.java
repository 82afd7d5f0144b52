package eltdeck.logs;

import java.time.Instant;
import java.util.List;

/** A log source that delivers what the test hands it, and tells whether it was started and stopped. */
public class HeldSource implements LogSource {
    private final String name;
    private volatile LogSink sink;
    private volatile boolean stopped;

    public HeldSource(String name) {
        this.name = name;
    }

    @Override
    public String stream() {
        return name;
    }

    @Override
    public void start(LogSink s) {
        sink = s;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    public boolean started() {
        return sink != null;
    }

    public boolean stopped() {
        return stopped;
    }

    public void deliver(Instant time, String text) {
        sink.accept(name, List.of(new SourceLine(time, text)));
    }

    public void end() {
        sink.ended(name, null);
    }
}
