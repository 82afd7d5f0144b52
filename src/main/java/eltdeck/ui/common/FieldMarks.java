package eltdeck.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Shows a form field's problem on the field itself, as the user types: a red frame (AtlantaFX's {@code :danger}) and
 * the message right under it. A problem of null or "" means the field is fine.
 */
public final class FieldMarks {
    private FieldMarks() {
    }

    /** {@code field} with its message under it; the message takes room only while there is one. */
    public static VBox withMessage(Control field, ObservableValue<String> problem) {
        Label message = Labels.paragraph("");
        message.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-problem");
        if (field.getId() != null) {
            message.setId(field.getId() + "-problem");
        }
        message.textProperty().bind(problem.map(p -> p).orElse(""));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        mark(field, problem);
        VBox box = new VBox(2, field, message);
        VBox.setVgrow(field, Priority.NEVER);
        return box;
    }

    /**
     * The problem {@code check} finds in the current values of {@code inputs} (it throws IllegalArgumentException with
     * the message), again on every change; null while there is none.
     */
    public static StringBinding problem(Runnable check, Observable... inputs) {
        return Bindings.createStringBinding(() -> {
            try {
                check.run();
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, inputs);
    }

    /** Frames {@code field} in red while it has a problem, with the problem as its tooltip. */
    public static void mark(Control field, ObservableValue<String> problem) {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Runnable apply = () -> {
            String p = problem.getValue();
            boolean bad = p != null && !p.isEmpty();
            field.pseudoClassStateChanged(Styles.STATE_DANGER, bad);
            tip.setText(bad ? p : "");
            field.setTooltip(bad ? tip : null);
        };
        problem.addListener(o -> apply.run());
        // The field keeps its problem's binding alive (a binding only weakly held by what it watches).
        field.getProperties().put(FieldMarks.class, problem);
        apply.run();
    }
}
