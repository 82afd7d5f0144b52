package eltdeck.logs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads one stream's lines from an InputStream (a process's output, an SSH channel) on a daemon thread.
 * The source owns the stream and closes it on stop; it never touches the process or channel behind it,
 * whose owner decides when that ends. A read blocked on a pipe cannot be woken by closing it, so after
 * stop the thread may wait for one more chunk or the end of the stream, but it delivers nothing more.
 */
public final class InputStreamLogSource implements LogSource {
    private static final int CHUNK = 64 * 1024;

    private final String stream;
    private final InputStream input;
    private final boolean timestampPrefixed;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile Thread reader;

    /**
     * @param timestampPrefixed true when each line starts with an RFC 3339 timestamp and a space, as
     *                          {@code docker logs --timestamps} prints them
     */
    public InputStreamLogSource(String stream, InputStream input, boolean timestampPrefixed) {
        this.stream = stream;
        this.input = input;
        this.timestampPrefixed = timestampPrefixed;
    }

    @Override
    public String stream() {
        return stream;
    }

    @Override
    public void start(LogSink sink) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("log source " + stream + " was started already");
        }
        Thread thread = new Thread(() -> read(sink), "log-source-" + stream);
        thread.setDaemon(true);
        reader = thread;
        thread.start();
    }

    @Override
    public void stop() {
        stopped = true;
        Thread thread = reader;
        if (thread != null) {
            // Wakes reads that can be interrupted (piped streams); closing wakes sockets and SSH channels.
            thread.interrupt();
        }
        try {
            input.close();
        } catch (IOException e) {
            // Closing only releases the stream; there is nothing left to read from it either way.
        }
    }

    /** True while the reading thread runs; after stop it may run on until its blocked read returns. */
    public boolean isReading() {
        Thread thread = reader;
        return thread != null && thread.isAlive();
    }

    private void read(LogSink sink) {
        LineAssembler assembler = new LineAssembler();
        byte[] chunk = new byte[CHUNK];
        try {
            int n;
            while (!stopped && (n = input.read(chunk)) >= 0) {
                deliver(sink, assembler.feed(chunk, 0, n));
            }
            deliver(sink, assembler.finish());
            if (!stopped) {
                sink.ended(stream, null);
            }
        } catch (IOException e) {
            if (!stopped) {
                sink.ended(stream, e);
            }
        }
    }

    private void deliver(LogSink sink, List<String> lines) {
        if (stopped || lines.isEmpty()) {
            return;
        }
        List<SourceLine> batch = new ArrayList<>(lines.size());
        for (String line : lines) {
            batch.add(timestampPrefixed ? TimestampPrefix.split(line) : SourceLine.untimed(line));
        }
        sink.accept(stream, batch);
    }
}
