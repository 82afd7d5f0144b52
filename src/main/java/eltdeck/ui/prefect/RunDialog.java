package eltdeck.ui.prefect;

import eltdeck.prefect.Flow;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Starts a run of a flow: its parameters (filled with the defaults) and an optional run name. */
final class RunDialog {
    /** What the user asked for. */
    record Choice(Map<String, Object> parameters, String runName) {
    }

    private RunDialog() {
    }

    static java.util.Optional<Choice> ask(Window owner, Flow flow) {
        ParameterFields form = ParameterFields.withDefaults(flow);
        Dialog<Choice> dialog = Dialogs.prepare(new Dialog<>(), owner, "Run " + flow.name(), 560);
        dialog.setHeaderText("Run " + flow.project() + "/" + flow.name() + " (version " + flow.version() + ")");
        TextField name = new TextField();
        name.setId("run-name");
        name.setPromptText("optional; Prefect picks a name otherwise");
        Label problem = Labels.paragraph("");
        problem.setId("run-problem");
        problem.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        VBox body = new VBox(12, Labels.caption("Parameters (* required)"), ParameterGrid.of(form, "run-param-"),
                Labels.caption("Run name"), name, problem);
        dialog.getDialogPane().setContent(body);
        ButtonType run = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, run);
        dialog.getDialogPane().lookupButton(run).setId("run-start");
        dialog.getDialogPane().lookupButton(run).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            List<String> missing = form.missingRequired(Map.of());
            if (!missing.isEmpty()) {
                problem.setText("Give a value for " + String.join(", ", missing) + ": the flow requires it.");
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == run ? new Choice(form.values(), name.getText()) : null);
        return dialog.showAndWait();
    }
}
