package eltdeck.airbyte;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Follows a job until it is final: polls {@code jobs/get_light} every {@code every}; on each change of status
 * (and at the start) reads its attempts from the job list (no logs) and tells {@code onChange}.
 */
public final class JobFollower {
    public static final Duration DEFAULT_EVERY = Duration.ofSeconds(3);

    private final SyncJobs jobs;
    private final Duration every;

    public JobFollower(SyncJobs jobs, Duration every) {
        this.jobs = jobs;
        this.every = every;
    }

    /** Returns the job as it ended; interrupting the thread stops following (the job goes on). */
    public SyncJob follow(long jobId, Consumer<SyncJob> onChange) throws AirbyteApiException, InterruptedException {
        String seen = null;
        while (true) {
            SyncJob job = look(jobId, seen);
            if (!job.status().equals(seen)) {
                seen = job.status();
                onChange.accept(job);
            }
            if (job.isFinal()) {
                return job;
            }
            Thread.sleep(every.toMillis());
        }
    }

    /** One look at the job: its status, with its attempts read again when that differs from {@code seenStatus}. */
    public SyncJob look(long jobId, String seenStatus) throws AirbyteApiException {
        SyncJob job = jobs.status(jobId);
        return job.status().equals(seenStatus) ? job : jobs.withAttempts(job).updatedBy(job);
    }
}
