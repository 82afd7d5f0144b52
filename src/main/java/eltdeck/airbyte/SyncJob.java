package eltdeck.airbyte;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A sync job of a connection: status, times and attempts (empty when read with {@code jobs/get_light}). Records
 * and bytes come from the job's aggregated stats where the server has them (0.50.45 and later), else are summed
 * over the attempts.
 */
public record SyncJob(long id, String connectionId, String status, Instant createdAt, Instant startedAt, Instant updatedAt,
                      List<JobAttempt> attempts, Long aggregatedRecords, Long aggregatedBytes) {
    public SyncJob {
        attempts = List.copyOf(attempts);
    }

    public boolean isFinal() {
        return JobStates.isFinal(status);
    }

    /** From its start (or creation) to its last update once final, else to {@code now}. */
    public Duration duration(Instant now) {
        Instant from = startedAt != null ? startedAt : createdAt;
        Instant to = isFinal() ? updatedAt : now;
        return from == null || to == null || to.isBefore(from) ? Duration.ZERO : Duration.between(from, to);
    }

    public long records() {
        return aggregatedRecords != null ? aggregatedRecords : attempts.stream().mapToLong(JobAttempt::records).sum();
    }

    public long bytes() {
        return aggregatedBytes != null ? aggregatedBytes : attempts.stream().mapToLong(JobAttempt::bytes).sum();
    }

    /** The same job with the status and times of a newer read, keeping what that read lacks (attempts, stats). */
    public SyncJob updatedBy(SyncJob newer) {
        return new SyncJob(id, connectionId, newer.status, newer.createdAt, newer.startedAt, newer.updatedAt,
                newer.attempts.isEmpty() ? attempts : newer.attempts,
                newer.aggregatedRecords != null ? newer.aggregatedRecords : aggregatedRecords,
                newer.aggregatedBytes != null ? newer.aggregatedBytes : aggregatedBytes);
    }
}
