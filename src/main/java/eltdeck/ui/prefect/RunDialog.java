package eltdeck.ui.prefect;

import eltdeck.prefect.Flow;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.FieldChecks;
import eltdeck.ui.common.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
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
        GridPane parameters = ParameterGrid.of(form, "run-param-");
        // Each required parameter without a value is marked on its field as the user types; Run waits for them.
        FieldChecks checks = new FieldChecks();
        List<Control> required = new ArrayList<>();
        for (ParameterFields.Field f : form.fields()) {
            String parameter = f.parameter().name();
            if (f.parameter().required()) {
                Control field = (Control) parameters.lookup("#run-param-" + parameter);
                checks.check(field, FieldChecks.problem(() -> {
                    if (form.missingRequired(Map.of()).contains(parameter)) {
                        throw new IllegalArgumentException("Give a value for " + parameter + ": the flow requires it.");
                    }
                }, f.text()));
                required.add(field);
            }
        }
        Label problem = checks.message(required.toArray(Control[]::new));
        problem.setId("run-problem");
        VBox body = new VBox(12, Labels.caption("Parameters (* required)"), parameters, problem,
                Labels.caption("Run name"), name);
        dialog.getDialogPane().setContent(body);
        ButtonType run = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, run);
        dialog.getDialogPane().lookupButton(run).setId("run-start");
        dialog.getDialogPane().lookupButton(run).disableProperty().bind(checks.invalidProperty());
        dialog.setResultConverter(b -> b == run ? new Choice(form.values(), name.getText()) : null);
        return dialog.showAndWait();
    }
}
