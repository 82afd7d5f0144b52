package eltdeck.prefect;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A flow run as the runs list shows it: its state (a Prefect 1 state class name), when it was due, started and ended.
 */
public record FlowRun(String id, String name, String flowName, String state, String stateMessage, Instant scheduledStart,
                      Instant start, Instant end, Map<String, Object> parameters) {
    public FlowRun {
        parameters = Json.frozen(parameters);
    }

    /** How long it ran: until its end, or until {@code now} while running; null before it started. */
    public Duration duration(Instant now) {
        if (start == null) {
            return null;
        }
        return Duration.between(start, end != null ? end : now);
    }

    public boolean isFinished() {
        return RunStates.isFinished(state);
    }
}
