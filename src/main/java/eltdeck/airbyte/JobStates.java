package eltdeck.airbyte;

import java.util.Set;

/** Airbyte's job states (JobStatus) and what they mean to a console. Unknown states are neither final nor cancellable. */
public final class JobStates {
    public static final String PENDING = "pending";
    public static final String RUNNING = "running";
    public static final String INCOMPLETE = "incomplete";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";
    private static final Set<String> FINAL = Set.of(SUCCEEDED, FAILED, CANCELLED);
    /** States in which a sync is still under way; {@code incomplete}: an attempt failed and another may follow. */
    private static final Set<String> UNDER_WAY = Set.of(PENDING, RUNNING, INCOMPLETE);

    private JobStates() {
    }

    public static boolean isFinal(String status) {
        return FINAL.contains(status);
    }

    /** Whether a sync in this state may be cancelled (and is still under way). */
    public static boolean isUnderWay(String status) {
        return UNDER_WAY.contains(status);
    }
}
