package eltdeck.prefect;

import java.util.Set;

/** Prefect 1 state names (Core's class names) and what they mean to someone waiting for a run. */
public final class RunStates {
    public static final String SCHEDULED = "Scheduled";
    public static final String RUNNING = "Running";
    public static final String SUCCESS = "Success";
    public static final String CANCELLING = "Cancelling";
    public static final String CANCELLED = "Cancelled";
    /** Finished states: the run does nothing more. */
    private static final Set<String> FINISHED = Set.of("Success", "Cached", "Mapped", "Skipped", "Failed", "TimedOut",
            "TriggerFailed", "ValidationFailed", "Cancelled", "Looped", "Finished");
    /** Finished states that count as done well. */
    private static final Set<String> SUCCESSFUL = Set.of("Success", "Cached", "Mapped", "Skipped", "Looped");

    private RunStates() {
    }

    public static boolean isFinished(String state) {
        return state != null && FINISHED.contains(state);
    }

    public static boolean isSuccessful(String state) {
        return state != null && SUCCESSFUL.contains(state);
    }
}
