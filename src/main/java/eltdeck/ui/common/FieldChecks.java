package eltdeck.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Shows a form's problems on their fields, all at once and as the user types, through one ControlsFX
 * {@link ValidationSupport}: a red frame and a warning sign on the field (the problem as its tooltip), and, where
 * asked, the message under it. The problems themselves come from the view models; a problem of null or "" means the
 * field is fine.
 */
public final class FieldChecks {
    private final ValidationSupport support = new ValidationSupport();

    public FieldChecks() {
        support.setValidationDecorator(new CompoundValidationDecoration(new StyleClassValidationDecoration(),
                new FieldProblemDecoration()));
        // A problem shows from the start, as the messages under the fields do, not only after a first change.
        support.initInitialDecoration();
    }

    /** Decorates {@code field} while {@code problem} has a message, again on every change of it. */
    public void check(Control field, ObservableValue<String> problem) {
        support.registerValidator(field, false, (Control c, Object value) -> {
            String p = problem.getValue();
            return ValidationResult.fromErrorIf(c, p, p != null && !p.isEmpty());
        });
        // The problem may follow other inputs than the field's own text (a route chosen elsewhere, a duplicate name).
        problem.addListener(o -> support.revalidate(field));
        // The field keeps its problem's binding alive (a binding only weakly held by what it watches).
        field.getProperties().put(FieldChecks.class, problem);
    }

    /** {@code field}, checked, with its message under it; the message takes room only while there is one. */
    public VBox withMessage(Control field, ObservableValue<String> problem) {
        check(field, problem);
        Label message = message(field);
        if (field.getId() != null) {
            message.setId(field.getId() + "-problem");
        }
        VBox box = new VBox(2, field, message);
        VBox.setVgrow(field, Priority.NEVER);
        return box;
    }

    /** The messages of the given checked fields, one a line; no room taken while there is none. */
    public Label message(Control... fields) {
        Label message = Labels.paragraph("");
        message.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-problem");
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            StringBuilder text = new StringBuilder();
            for (Control field : fields) {
                support.getHighestMessage(field).map(ValidationMessage::getText).ifPresent(
                        m -> text.append(text.length() == 0 ? "" : "\n").append(m));
            }
            return text.toString();
        }, support.validationResultProperty()));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** True while any checked field has a problem. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return support.invalidProperty();
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
}
