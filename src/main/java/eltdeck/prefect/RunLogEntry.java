package eltdeck.prefect;

import java.time.Instant;

/** One row of a run's log: {@code timestamp} is the writer's clock, not when the server got it. */
public record RunLogEntry(String id, Instant timestamp, String level, String name, String message, String taskRunId) {
    /** As Prefect prints it: {@code LEVEL - name | message}. */
    public String text() {
        return level + " - " + name + " | " + message;
    }
}
