package eltdeck.airbyte;

import eltdeck.logs.LogSink;
import eltdeck.logs.SourceLine;
import eltdeck.logs.ThreadedLogSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A job's attempt logs for the log viewer, read with {@code jobs/get} every {@code every} (apart from, and less
 * often than, the status poll) until the job is final; each attempt is a stream of its own ("attempt 1"), and only
 * lines not delivered before are passed on.
 */
public final class JobLogSource extends ThreadedLogSource {
    private final SyncJobs jobs;
    private final long jobId;
    private final Duration every;
    private final Map<Integer, Integer> delivered = new HashMap<>();

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
    protected void read(LogSink sink) throws AirbyteApiException, InterruptedException {
        while (true) {
            SyncJob job = jobs.withLogs(jobId);
            for (JobAttempt attempt : job.attempts()) {
                deliver(sink, attempt);
            }
            if (job.isFinal()) {
                return;
            }
            Thread.sleep(every.toMillis());
        }
    }

    private void deliver(LogSink sink, JobAttempt attempt) {
        List<String> lines = attempt.logLines();
        // A shorter tail than before: nothing new can be told apart.
        int from = Math.min(delivered.getOrDefault(attempt.number(), 0), lines.size());
        if (lines.size() > from && !stopped()) {
            sink.accept("attempt " + (attempt.number() + 1), lines.subList(from, lines.size()).stream().map(SourceLine::untimed).toList());
        }
        delivered.put(attempt.number(), lines.size());
    }
}
