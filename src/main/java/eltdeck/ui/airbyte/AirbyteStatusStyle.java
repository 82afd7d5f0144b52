package eltdeck.ui.airbyte;

import eltdeck.airbyte.JobStates;
import eltdeck.ui.common.RunStateStyle;

/** Airbyte job and attempt states in the colours of run states: succeeded green, failed red, under way blue. */
final class AirbyteStatusStyle {
    private AirbyteStatusStyle() {
    }

    /** The Prefect run state of the same colour. */
    static String asRunState(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case JobStates.SUCCEEDED -> "Success";
            case JobStates.FAILED -> "Failed";
            case JobStates.CANCELLED -> "Cancelled";
            case JobStates.RUNNING, JobStates.INCOMPLETE -> "Running";
            default -> "Scheduled";
        };
    }

    static void apply(javafx.scene.Node node, String status) {
        RunStateStyle.apply(node, asRunState(status));
    }
}
