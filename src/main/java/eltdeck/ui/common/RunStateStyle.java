package eltdeck.ui.common;

import eltdeck.prefect.RunStates;
import java.util.Set;
import javafx.scene.Node;

/** Which colour a run state gets: green done well, red failed, blue under way, amber cancelled, grey waiting. */
public final class RunStateStyle {
    private static final Set<String> UNDER_WAY = Set.of("Submitted", "Running", "Retrying", "Resume", "Queued");
    private static final Set<String> CANCELLED = Set.of("Cancelling", "Cancelled");
    private static final String PREFIX = "run-";
    private static final java.util.List<String> ALL = java.util.List.of("run-success", "run-failed", "run-running",
            "run-cancelled", "run-waiting");

    private RunStateStyle() {
    }

    /** "run-success", "run-failed", "run-running", "run-cancelled" or "run-waiting". */
    static String styleClass(String state) {
        if (state == null) {
            return PREFIX + "waiting";
        }
        if (CANCELLED.contains(state)) {
            return PREFIX + "cancelled";
        }
        if (RunStates.isSuccessful(state)) {
            return PREFIX + "success";
        }
        if (RunStates.isFinished(state)) {
            return PREFIX + "failed";
        }
        return UNDER_WAY.contains(state) ? PREFIX + "running" : PREFIX + "waiting";
    }

    /** Puts the state's class on {@code node} in place of the one it had. */
    public static void apply(Node node, String state) {
        node.getStyleClass().removeAll(ALL);
        node.getStyleClass().add(styleClass(state));
    }
}
