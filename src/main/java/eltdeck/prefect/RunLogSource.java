package eltdeck.prefect;

import eltdeck.logs.LogSink;
import eltdeck.logs.LogSource;
import eltdeck.logs.SourceLine;

/** A run's log as a {@link LogSource} for the log viewer: lines until the run finishes, then the stream ends. */
public final class RunLogSource implements LogSource {
    private final RunFollower follower;
    private final String stream;
    private volatile Thread thread;
    private volatile boolean stopped;

    public RunLogSource(RunFollower follower, String stream) {
        this.follower = follower;
        this.stream = stream;
    }

    @Override
    public String stream() {
        return stream;
    }

    @Override
    public synchronized void start(LogSink sink) {
        if (thread != null) {
            throw new IllegalStateException("A log source starts once.");
        }
        thread = new Thread(() -> {
            try {
                follower.follow(rows -> sink.accept(stream, rows.stream().map(r -> new SourceLine(r.timestamp(), r.text())).toList()),
                        run -> { });
                if (!stopped) {
                    sink.ended(stream, null);
                }
            } catch (InterruptedException e) {
                // Stopped.
            } catch (PrefectApiException | RuntimeException e) {
                if (!stopped) {
                    sink.ended(stream, e);
                }
            }
        }, "run-log-" + stream);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        stopped = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
