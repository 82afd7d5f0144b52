package eltdeck.logs;

/**
 * A {@link LogSource} read on a thread of its own until it ends or is stopped; subclasses say how to read. A failure
 * while reading ends the stream with it, unless the source was stopped (whose caller knows already).
 */
public abstract class ThreadedLogSource implements LogSource {
    private volatile Thread thread;
    private volatile boolean stopped;

    /** Delivers lines to {@code sink} until the stream ends; an interrupt means it was stopped. */
    protected abstract void read(LogSink sink) throws Exception;

    @Override
    public final synchronized void start(LogSink sink) {
        if (thread != null) {
            throw new IllegalStateException("A log source starts once.");
        }
        thread = new Thread(() -> {
            try {
                read(sink);
                if (!stopped) {
                    sink.ended(stream(), null);
                }
            } catch (InterruptedException e) {
                // Stopped.
            } catch (Exception e) {
                if (!stopped) {
                    sink.ended(stream(), e);
                }
            }
        }, "log-" + stream());
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether {@link #stop()} was called: lines read after it are not delivered. */
    protected final boolean stopped() {
        return stopped;
    }

    @Override
    public final void stop() {
        stopped = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
