package eltdeck.ui.prefect;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Register flows: pick flow files of the agent container's flows directory, run them, watch the output. */
final class RegisterDialog {
    private RegisterDialog() {
    }

    static void open(Window owner, RegisterViewModel vm) {
        Dialog<Void> dialog = Dialogs.prepare(new Dialog<>(), owner, "Register flows", 760);
        dialog.setHeaderText("Pull the repository on the VM, then run each flow file with python3 in the agent's container");
        ListView<String> files = new ListView<>(vm.files());
        files.setId("register-files");
        files.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        files.setPrefHeight(140);
        files.setPlaceholder(new Label("No flow files listed yet"));
        files.getSelectionModel().getSelectedItems().addListener((ListChangeListener<String>) c ->
                vm.chosen().setAll(files.getSelectionModel().getSelectedItems()));
        Button go = new Button("Register", new FontIcon(Feather.UPLOAD));
        go.setId("register-start");
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(vm.runningProperty());
        go.setOnAction(e -> vm.register());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.runningProperty());
        Label status = Labels.paragraph("");
        status.setId("register-status");
        status.textProperty().bind(vm.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(10, go, busy, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        TextArea output = new TextArea();
        output.setId("register-output");
        output.setEditable(false);
        output.getStyleClass().add("mono");
        output.setPrefRowCount(12);
        output.textProperty().bind(vm.outputProperty());
        output.textProperty().addListener(o -> output.setScrollTop(Double.MAX_VALUE));
        ListView<String> outcomes = new ListView<>(vm.outcomes());
        outcomes.setId("register-outcomes");
        outcomes.setPrefHeight(90);
        outcomes.setPlaceholder(new Label("Each file's outcome shows here"));
        VBox body = new VBox(10, Labels.caption("Flow files (none picked: every one)"), files, bar, output,
                Labels.caption("Outcome"), outcomes);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        vm.loadFiles();
        dialog.showAndWait();
    }
}
