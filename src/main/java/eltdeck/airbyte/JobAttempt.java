package eltdeck.airbyte;

import java.time.Instant;
import java.util.List;

/**
 * One attempt of a job: its number (Airbyte's attempt id), status, times, what it synced, why it failed (empty if
 * it did not) and its log lines (empty unless read with {@code jobs/get}).
 */
public record JobAttempt(int number, String status, Instant createdAt, Instant endedAt, long records, long bytes,
                         String failure, List<String> logLines) {
    public JobAttempt {
        logLines = List.copyOf(logLines);
    }

    /** "attempt 1: failed, 1200 records, 3.4 KB: Source timed out". */
    public String summary() {
        return "attempt " + (number + 1) + ": " + status + ", " + records + " records, " + ByteSizes.of(bytes)
                + (failure.isEmpty() ? "" : ": " + failure);
    }
}
