package eltdeck.ui;

import atlantafx.base.theme.Styles;
import eltdeck.stack.StackSettings;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Where the profile's stack comes from and lives on the VM; the result is the validated settings. */
final class StackSettingsDialog extends Dialog<StackSettings> {

    StackSettingsDialog(Window owner, String profile, StackSettingsForm form) {
        Dialogs.prepare(this, owner, "Stack settings", 640);
        setHeaderText("The stack of " + profile);
        setGraphic(new FontIcon(Feather.GIT_BRANCH));
        GridPane grid = Dialogs.formGrid(0);
        TextField repository = field("stack-repository", form.repository, "ORG/NAME, or a git URL (https, git@host:…, a path)");
        grid.addRow(0, Labels.caption("Repository"), repository);
        grid.addRow(1, Labels.caption("Branch"), field("stack-branch", form.branch, StackSettings.DEFAULT_BRANCH));
        TextField remoteDir = field("stack-remote-dir", form.remoteDir, "");
        remoteDir.promptTextProperty().bind(Bindings.createStringBinding(form::defaultRemoteDir, form.repository));
        grid.addRow(2, Labels.caption("Directory on the VM"), remoteDir);
        grid.addRow(3, Labels.caption("Compose directory"), field("stack-compose-dir", form.composeDir,
                StackSettings.DEFAULT_COMPOSE_DIR + " (in the repository; holds docker-compose.yml and .env)"));
        grid.addRow(4, Labels.caption("Agent service"), field("stack-agent-service", form.agentService,
                StackSettings.DEFAULT_AGENT_SERVICE));
        grid.addRow(5, Labels.caption("Flows directory"), field("stack-flows-dir", form.flowsDir,
                StackSettings.DEFAULT_FLOWS_DIR + " (in the agent container)"));
        grid.addRow(6, Labels.caption("dbt project"), field("stack-dbt-dir", form.dbtDir,
                StackSettings.DEFAULT_DBT_DIR + " (in the repository; holds dbt_project.yml)"));
        grid.addRow(7, Labels.caption("dbt project in the agent"), field("stack-dbt-container-dir", form.dbtContainerDir,
                StackSettings.DEFAULT_DBT_CONTAINER_DIR + " (where the compose file mounts it)"));
        Label error = Labels.paragraph("");
        error.setId("stack-error");
        error.getStyleClass().add(Styles.DANGER);
        Label note = Labels.paragraph("Empty fields take the default shown in grey. A private repository needs a token or"
                + " a deploy key: Repository access in the Deploy tab.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        getDialogPane().setContent(new VBox(12, grid, note, error));

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, save);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("stack-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        // A bad value keeps the dialog open with the reason, instead of closing on it.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                form.build();
            } catch (IllegalArgumentException bad) {
                error.setText(bad.getMessage());
                e.consume();
            }
        });
        setResultConverter(button -> button == save ? form.build() : null);
        setOnShown(e -> repository.requestFocus());
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
