package eltdeck.prefect;

import java.time.Instant;
import java.util.List;

/** A run with its state timeline and its (unmapped) task runs. */
public record RunDetail(FlowRun run, List<StateChange> states, List<TaskRun> taskRuns) {
    public RunDetail {
        states = List.copyOf(states);
        taskRuns = List.copyOf(taskRuns);
    }

    public record StateChange(String state, String message, Instant timestamp) {
    }

    public record TaskRun(String id, String taskName, String state, String stateMessage, Instant start, Instant end) {
    }
}
