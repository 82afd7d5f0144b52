package eltdeck.ui.deploy;

import atlantafx.base.theme.Styles;
import eltdeck.stack.StackSettings;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.FieldChecks;
import eltdeck.ui.common.Labels;
import javafx.beans.binding.Bindings;
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

/** Where the profile's stack comes from and lives on the VM, each field checked as typed; the result is the validated settings. */
public final class StackSettingsDialog extends Dialog<StackSettings> {
    private final StackSettingsForm form;
    private final FieldChecks checks = new FieldChecks();

    public StackSettingsDialog(Window owner, String profile, StackSettingsForm form) {
        Dialogs.prepare(this, owner, "Stack settings", 640);
        setHeaderText("The stack of " + profile);
        setGraphic(new FontIcon(Feather.GIT_BRANCH));
        this.form = form;
        GridPane grid = Dialogs.formGrid(0);
        TextField repository = field("stack-repository", form.repository, "ORG/NAME, or a git URL (https, git@host:…, a path)");
        grid.addRow(0, Labels.caption("Repository"), checked(repository, "repository"));
        grid.addRow(1, Labels.caption("Branch"), checked(field("stack-branch", form.branch, StackSettings.DEFAULT_BRANCH),
                "branch"));
        TextField remoteDir = field("stack-remote-dir", form.remoteDir, "");
        remoteDir.promptTextProperty().bind(Bindings.createStringBinding(form::defaultRemoteDir, form.repository));
        grid.addRow(2, Labels.caption("Directory on the VM"), checked(remoteDir, "remoteDir"));
        grid.addRow(3, Labels.caption("Compose directory"), checked(field("stack-compose-dir", form.composeDir,
                StackSettings.DEFAULT_COMPOSE_DIR + " (in the repository; holds docker-compose.yml and .env)"), "composeDir"));
        grid.addRow(4, Labels.caption("Agent service"), checked(field("stack-agent-service", form.agentService,
                StackSettings.DEFAULT_AGENT_SERVICE), "agentService"));
        grid.addRow(5, Labels.caption("Flows directory"), checked(field("stack-flows-dir", form.flowsDir,
                StackSettings.DEFAULT_FLOWS_DIR + " (in the agent container)"), "flowsDir"));
        grid.addRow(6, Labels.caption("dbt project"), checked(field("stack-dbt-dir", form.dbtDir,
                StackSettings.DEFAULT_DBT_DIR + " (in the repository; holds dbt_project.yml)"), "dbtDir"));
        grid.addRow(7, Labels.caption("dbt project in the agent"), checked(field("stack-dbt-container-dir", form.dbtContainerDir,
                StackSettings.DEFAULT_DBT_CONTAINER_DIR + " (where the compose file mounts it)"), "dbtContainerDir"));
        Label note = Labels.paragraph("Empty fields take the default shown in grey. A private repository needs a token or"
                + " a deploy key: Repository access in the Deploy tab.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        getDialogPane().setContent(new VBox(12, grid, note));

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, save);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("stack-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        // Every problem shows on its field as the user types; Save waits until there is none.
        saveButton.disableProperty().bind(form.validProperty().not());
        setResultConverter(button -> button == save ? form.build() : null);
    }

    private VBox checked(TextField field, String component) {
        return checks.withMessage(field, form.problemOf(component));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
