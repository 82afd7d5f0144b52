package eltdeck.ui.deploy;

import atlantafx.base.theme.Styles;
import eltdeck.profile.GitTokens;
import eltdeck.stack.DeployKey;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How git on the VM reaches a private repository, the two ways the runbook offers: a token for https (handed to git on
 * stdin for each fetch, never written on the VM), or a deploy key made on the VM for SSH.
 */
final class RepositoryAccessDialog extends Dialog<Void> {

    RepositoryAccessDialog(Window owner, DeployViewModel vm, Consumer<String> browser) {
        Dialogs.prepare(this, owner, "Repository access", 760);
        setHeaderText("How the VM fetches a private repository");
        setGraphic(new FontIcon(Feather.LOCK));
        Label message = Labels.paragraph("");
        message.setId("access-message");
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(vm.accessMessageProperty());
        message.visibleProperty().bind(vm.accessMessageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getDialogPane().setContent(new VBox(14, token(vm), new Separator(), deployKey(vm, browser), message));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    private static Node token(DeployViewModel vm) {
        Label title = new Label("Token (https URL)");
        title.getStyleClass().add(Styles.TITLE_4);
        Label how = Labels.paragraph("A fine-grained GitHub token with read access to the repository's contents. Each"
                + " deploy hands it to git on the VM through stdin for that fetch only: it is never on a command line, in"
                + " .git/config or in any log.");
        Label state = new Label();
        state.setId("token-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.tokenSourceProperty().get()) {
            case KEYCHAIN -> "A token is kept in the OS keychain.";
            case SESSION -> "A token is kept until the app closes.";
            case NONE -> "No token: public repositories and deploy keys need none.";
        }, vm.tokenSourceProperty()));
        PasswordField field = new PasswordField();
        field.setId("token-field");
        field.setPromptText("github_pat_…");
        CheckBox remember = new CheckBox("Remember in the OS keychain");
        remember.setId("token-remember");
        Button use = new Button("Use token", new FontIcon(Feather.CHECK));
        use.setId("token-use");
        use.disableProperty().bind(field.textProperty().isEmpty());
        use.setOnAction(e -> {
            vm.setToken(field.getText(), remember.isSelected());
            field.clear();
        });
        Button forget = new Button("Forget token", new FontIcon(Feather.TRASH_2));
        forget.setId("token-forget");
        forget.disableProperty().bind(vm.tokenSourceProperty().isEqualTo(GitTokens.Source.NONE));
        forget.setOnAction(e -> vm.clearToken());
        GridPane grid = Dialogs.formGrid(0);
        grid.addRow(0, Labels.caption("Token"), field);
        HBox actions = new HBox(10, use, forget, remember);
        actions.setAlignment(Pos.CENTER_LEFT);
        grid.add(actions, 1, 1);
        return new VBox(8, title, how, state, grid);
    }

    private Node deployKey(DeployViewModel vm, Consumer<String> browser) {
        Label title = new Label("Deploy key (SSH URL)");
        title.getStyleClass().add(Styles.TITLE_4);
        Label how = Labels.paragraph("Made on the VM with ssh-keygen: the private key never leaves it. For github.com,"
                + " its host keys go into the VM's known_hosts only when they match GitHub's published fingerprints.");
        Button make = new Button("Make or show the VM's deploy key", new FontIcon(Feather.KEY));
        make.setId("deploy-key-make");
        make.disableProperty().bind(vm.accessBusyProperty().or(vm.configuredProperty().not()));
        make.setOnAction(e -> vm.setUpDeployKey());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.accessBusyProperty());
        HBox actions = new HBox(10, make, busy);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextArea publicKey = Dialogs.readOnlyText("deploy-key-public", 3);
        Label fingerprint = new Label();
        fingerprint.setId("deploy-key-fingerprint");
        fingerprint.getStyleClass().add("mono");
        Hyperlink settings = new Hyperlink("Add it on GitHub (read-only)", new FontIcon(Feather.EXTERNAL_LINK));
        settings.setId("deploy-key-settings");
        Label notes = Labels.paragraph("");
        notes.setId("deploy-key-notes");
        GridPane grid = Dialogs.formGrid(1);
        grid.addRow(0, Labels.caption("Public key"), publicKey, Dialogs.copyButton(publicKey::getText));
        grid.addRow(1, Labels.caption("Fingerprint"), fingerprint);
        grid.add(settings, 1, 2);
        grid.add(notes, 1, 3);
        grid.visibleProperty().bind(vm.deployKeyProperty().isNotNull());
        grid.managedProperty().bind(grid.visibleProperty());
        vm.deployKeyProperty().addListener((o, old, setup) -> {
            if (setup != null) {
                show(setup, publicKey, fingerprint, settings, notes, browser);
                Dialogs.fitToContent(this);
            }
        });
        return new VBox(8, title, how, actions, grid);
    }

    private static void show(DeployKey.Setup setup, TextArea publicKey, Label fingerprint, Hyperlink settings, Label notes,
                             Consumer<String> browser) {
        DeployKey.Info key = setup.key();
        publicKey.setText(key.publicKey());
        fingerprint.setText(key.fingerprint() + "   " + key.path() + (key.created() ? " (made now)" : ""));
        settings.setVisible(key.settingsUrl().isPresent());
        settings.setOnAction(e -> key.settingsUrl().ifPresent(browser));
        StringBuilder text = new StringBuilder();
        setup.hostTrust().ifPresent(t -> text.append(t.describe()));
        if (!key.repositoryUsesSsh()) {
            text.append(text.isEmpty() ? "" : "\n").append("The repository is not set to an SSH URL, so git does not use"
                    + " this key yet: set it to git@github.com:ORG/NAME.git in the profile's stack settings.");
        }
        notes.setText(text.toString());
    }
}
