package eltdeck.prefect;

import eltdeck.logs.LogSink;
import eltdeck.logs.SourceLine;
import eltdeck.logs.ThreadedLogSource;

/** A run's log as a {@link eltdeck.logs.LogSource} for the log viewer: lines until the run finishes, then the stream ends. */
public final class RunLogSource extends ThreadedLogSource {
    private final RunFollower follower;
    private final String stream;

    public RunLogSource(RunFollower follower, String stream) {
        this.follower = follower;
        this.stream = stream;
    }

    @Override
    public String stream() {
        return stream;
    }

    @Override
    protected void read(LogSink sink) throws Exception {
        follower.follow(rows -> {
            if (!rows.isEmpty()) {
                sink.accept(stream, rows.stream().map(r -> new SourceLine(r.timestamp(), r.text())).toList());
            }
        }, run -> { });
    }
}
