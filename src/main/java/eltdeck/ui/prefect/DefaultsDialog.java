package eltdeck.ui.prefect;

import atlantafx.base.theme.Styles;
import eltdeck.prefect.Flow;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The default parameters of a flow group as JSON, checked against the flow's declared parameters as you type. */
final class DefaultsDialog {
    private DefaultsDialog() {
    }

    static void open(Window owner, Flow flow, FlowsViewModel vm) {
        Dialog<ButtonType> dialog = Dialogs.prepare(new Dialog<>(), owner, "Default parameters of " + flow.name(), 620);
        dialog.setHeaderText("Default parameters of " + flow.project() + "/" + flow.name()
                + ": every run gets them unless a clock or the run gives others");
        String declared = flow.parameters().isEmpty() ? "none" : String.join(", ", flow.parameters().stream()
                .map(p -> p.name() + (p.required() ? " (required)" : "") + (p.defaultValue() == null ? ""
                        : " = " + eltdeck.prefect.ParameterText.format(p.defaultValue()))).toList());
        TextArea json = new TextArea(DefaultsJson.text(flow.defaultParameters()));
        json.setId("defaults-json");
        json.getStyleClass().add("mono");
        json.setPrefRowCount(10);
        VBox problems = new VBox(4);
        problems.setId("defaults-problems");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, save);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("defaults-save");
        Runnable check = () -> {
            DefaultsJson.Checked c = DefaultsJson.check(json.getText(), flow);
            problems.getChildren().clear();
            c.problems().forEach(p -> problems.getChildren().add(Labels.styled(p, Styles.DANGER)));
            c.warnings().forEach(w -> problems.getChildren().add(Labels.styled(w, Styles.WARNING)));
            saveButton.setDisable(!c.problems().isEmpty());
        };
        json.textProperty().addListener(o -> check.run());
        check.run();
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.saveDefaults(flow, DefaultsJson.check(json.getText(), flow).defaults(), error -> {
                if (error == null) {
                    dialog.close();
                } else {
                    problems.getChildren().setAll(Labels.styled(error, Styles.DANGER));
                }
            });
        });
        dialog.getDialogPane().setContent(new VBox(10, Labels.caption("Declared parameters: " + declared), json, problems));
        dialog.showAndWait();
    }
}
