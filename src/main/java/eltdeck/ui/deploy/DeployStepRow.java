package eltdeck.ui.deploy;

import eltdeck.stack.DeployStep;
import eltdeck.ui.common.Durations;
import java.time.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One step of the deploy panel: its state, duration, output and hint. Used on the UI thread only. */
public final class DeployStepRow {
    /** Output kept per step; older lines are dropped (the full log stays on the VM). */
    static final int MAX_OUTPUT_CHARS = 200_000;

    public enum State { PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED, SKIPPED }

    private final DeployStep step;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.PENDING);
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper(this, "duration", "");
    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper(this, "output", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");

    DeployStepRow(DeployStep step) {
        this.step = step;
    }

    public DeployStep step() {
        return step;
    }

    public String label() {
        return step.label();
    }

    void reset() {
        state.set(State.PENDING);
        duration.set("");
        output.set("");
        hint.set("");
    }

    void start() {
        state.set(State.RUNNING);
    }

    void append(String line) {
        String next = output.get().isEmpty() ? line : output.get() + "\n" + line;
        if (next.length() > MAX_OUTPUT_CHARS) {
            int cut = next.indexOf('\n', next.length() - MAX_OUTPUT_CHARS);
            next = cut < 0 ? next.substring(next.length() - MAX_OUTPUT_CHARS) : next.substring(cut + 1);
        }
        output.set(next);
    }

    void finish(State end, Duration took, String why) {
        state.set(end);
        duration.set(Durations.seconds(took));
        hint.set(why == null ? "" : why);
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outputProperty() {
        return output.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
