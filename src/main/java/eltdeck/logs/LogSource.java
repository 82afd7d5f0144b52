package eltdeck.logs;

/**
 * A live source of log lines for one stream: a container's {@code docker logs -f} over SSH, a Prefect flow
 * run's log tail, a local process. Sources deliver lines in batches on a thread of their own.
 */
public interface LogSource {
    /** The name its lines are tagged with. */
    String stream();

    /** Starts delivering lines to the sink; at most once. */
    void start(LogSink sink);

    /** Stops delivering, promptly and idempotently; releases what the source owns and nothing else. */
    void stop();
}
