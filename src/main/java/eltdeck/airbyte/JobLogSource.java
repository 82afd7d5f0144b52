package eltdeck.airbyte;

import eltdeck.logs.LogSink;
import eltdeck.logs.LogSource;
import eltdeck.logs.SourceLine;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A job's attempt logs for the log viewer, read with {@code jobs/get} every {@code every} (apart from, and less
 * often than, the status poll) until the job is final; each attempt is a stream of its own ("attempt 1"), and only
 * lines not delivered before are passed on.
 */
public final class JobLogSource implements LogSource {
    private final SyncJobs jobs;
    private final long jobId;
    private final Duration every;
    private final Map<Integer, Integer> delivered = new HashMap<>();
    private volatile Thread thread;
    private volatile boolean stopped;

    public JobLogSource(SyncJobs jobs, long jobId, Duration every) {
        this.jobs = jobs;
        this.jobId = jobId;
        this.every = every;
    }

    @Override
    public String stream() {
        return "job " + jobId;
    }

    @Override
    public synchronized void start(LogSink sink) {
        if (thread != null) {
            throw new IllegalStateException("A log source starts once.");
        }
        thread = new Thread(() -> read(sink), "airbyte-job-log-" + jobId);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(LogSink sink) {
        try {
            while (true) {
                SyncJob job = jobs.withLogs(jobId);
                for (JobAttempt attempt : job.attempts()) {
                    deliver(sink, attempt);
                }
                if (job.isFinal()) {
                    if (!stopped) {
                        sink.ended(stream(), null);
                    }
                    return;
                }
                Thread.sleep(every.toMillis());
            }
        } catch (InterruptedException e) {
            // Stopped.
        } catch (AirbyteApiException | RuntimeException e) {
            if (!stopped) {
                sink.ended(stream(), e);
            }
        }
    }

    private void deliver(LogSink sink, JobAttempt attempt) {
        List<String> lines = attempt.logLines();
        int from = delivered.getOrDefault(attempt.number(), 0);
        from = Math.min(from, lines.size()); // a shorter tail than before: nothing new can be told apart
        if (lines.size() > from && !stopped) {
            sink.accept("attempt " + (attempt.number() + 1), lines.subList(from, lines.size()).stream().map(SourceLine::untimed).toList());
        }
        delivered.put(attempt.number(), lines.size());
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
