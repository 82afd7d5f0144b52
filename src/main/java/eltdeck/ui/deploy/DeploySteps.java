package eltdeck.ui.deploy;

import eltdeck.stack.DeployListener;
import eltdeck.stack.DeployStep;
import java.time.Duration;
import java.util.Arrays;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deploy's steps as the panel shows them: one row per step with its live state, duration and output, and the
 * step started last. The deploy view model feeds it the events of the deploy it runs. UI thread only.
 */
final class DeploySteps {
    private final ObservableList<DeployStepRow> rows =
            FXCollections.observableArrayList(r -> new Observable[] {r.stateProperty(), r.durationProperty()});
    private final ReadOnlyObjectWrapper<DeployStepRow> current = new ReadOnlyObjectWrapper<>(this, "current");

    DeploySteps() {
        Arrays.stream(DeployStep.values()).map(DeployStepRow::new).forEach(rows::add);
    }

    /** A new deploy starts: every step waits again. */
    void reset() {
        rows.forEach(DeployStepRow::reset);
        current.set(null);
    }

    void started(DeployStep step) {
        DeployStepRow row = row(step);
        row.start();
        current.set(row);
    }

    void output(DeployStep step, String line) {
        row(step).append(line);
    }

    void finished(DeployStep step, DeployListener.Outcome outcome, Duration duration, String hint) {
        row(step).finish(DeployStepRow.State.valueOf(outcome.name()), duration, hint);
    }

    private DeployStepRow row(DeployStep step) {
        return rows.get(step.ordinal());
    }

    ObservableList<DeployStepRow> rows() {
        return rows;
    }

    ReadOnlyObjectProperty<DeployStepRow> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
