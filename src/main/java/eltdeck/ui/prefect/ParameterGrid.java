package eltdeck.ui.prefect;

import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/** The view of {@link ParameterFields}: a caption per parameter (a star when required) and its text field. */
final class ParameterGrid {
    private ParameterGrid() {
    }

    /** {@code idPrefix} + the parameter's name is each field's id. */
    static GridPane of(ParameterFields form, String idPrefix) {
        GridPane grid = Dialogs.formGrid(0);
        int row = 0;
        for (ParameterFields.Field f : form.fields()) {
            Label caption = Labels.caption(f.parameter().name() + (f.parameter().required() ? " *" : ""));
            TextField text = new TextField();
            text.setId(idPrefix + f.parameter().name());
            text.textProperty().bindBidirectional(f.text());
            text.setPromptText(f.defaultText().isEmpty() ? (f.parameter().required() ? "required" : "no default")
                    : "default: " + f.defaultText());
            text.setTooltip(new Tooltip("JSON (42, true, [\"a\"], {\"k\": 1}) or plain text; blank leaves it to the defaults"));
            caption.setLabelFor(text);
            grid.addRow(row++, caption, text);
        }
        if (row == 0) {
            grid.addRow(0, Labels.caption("The flow declares no parameters."));
        }
        return grid;
    }
}
