package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.FieldChecks;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.Labels;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Makes an ed25519 key and shows what to do with it: the public key, its fingerprint and the command that
 * authorizes it on the VM. The dialog's result is the private key's path when the user chose to use it.
 */
public final class KeyGenDialog extends Dialog<Path> {

    /** @param useLabel the text of the button that hands the key to a profile */
    public KeyGenDialog(Window owner, KeyGenViewModel vm, String useLabel) {
        Dialogs.prepare(this, owner, "Generate SSH key", 740);
        setHeaderText("Generate an ed25519 key for your VM");
        setGraphic(new FontIcon(Feather.KEY));

        // Once the key exists, its form gives way to a line saying where it is.
        Node form = form(vm);
        form.visibleProperty().bind(vm.resultProperty().isNull());
        form.managedProperty().bind(form.visibleProperty());
        Label written = new Label("", new FontIcon(Feather.CHECK_CIRCLE));
        written.setId("key-written");
        written.getStyleClass().add(Styles.SUCCESS);
        written.visibleProperty().bind(vm.resultProperty().isNotNull());
        written.managedProperty().bind(written.visibleProperty());
        vm.resultProperty().addListener((o, old, key) -> written.setText("Wrote " + HomePaths.shorten(key.privateKey())
                + " and " + HomePaths.shorten(key.publicKey())));
        VBox content = new VBox(16, form, written, result(vm));
        getDialogPane().setContent(content);

        ButtonType use = new ButtonType(useLabel, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE, use);
        Button useButton = (Button) getDialogPane().lookupButton(use);
        useButton.setId("key-use");
        useButton.getStyleClass().add(Styles.ACCENT);
        useButton.disableProperty().bind(vm.resultProperty().isNull());
        setResultConverter(button -> button == use ? vm.resultProperty().get().privateKey() : null);
    }

    private Node form(KeyGenViewModel vm) {
        GridPane grid = Dialogs.formGrid(0);

        TextField file = new TextField();
        file.setId("key-file");
        file.textProperty().bindBidirectional(vm.fileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> chooseTarget(vm));
        FieldChecks checks = new FieldChecks();
        checks.check(file, vm.fileProblem());
        grid.addRow(0, Labels.caption("Private key file"), new HBox(8, file, browse));
        TextField comment = new TextField();
        comment.setId("key-comment");
        comment.textProperty().bindBidirectional(vm.commentProperty());
        grid.addRow(1, Labels.caption("Comment"), comment);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("key-passphrase");
        passphrase.setPromptText("optional; asked when connecting unless kept in the keychain");
        passphrase.textProperty().bindBidirectional(vm.passphraseProperty());
        grid.addRow(2, Labels.caption("Passphrase"), passphrase);
        PasswordField repeat = new PasswordField();
        repeat.setId("key-passphrase-repeat");
        repeat.setPromptText("the same again");
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        grid.addRow(3, Labels.caption("Repeat"), checks.withMessage(repeat, vm.repeatProblem()));

        Button generate = new Button("Generate", new FontIcon(Feather.KEY));
        generate.setId("key-generate");
        generate.setDefaultButton(true);
        generate.disableProperty().bind(vm.busyProperty().or(vm.resultProperty().isNotNull()).or(checks.invalidProperty()));
        generate.setOnAction(e -> vm.generate());
        Label error = Labels.paragraph("");
        error.setId("key-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        HBox actions = new HBox(12, generate, error);
        actions.setAlignment(Pos.CENTER_LEFT);
        grid.add(checks.message(file), 1, 4);
        grid.add(actions, 1, 5);
        return grid;
    }

    private Node result(KeyGenViewModel vm) {
        TextArea publicKey = Dialogs.readOnlyText("key-public", 4);
        Label fingerprint = new Label();
        fingerprint.setId("key-fingerprint");
        fingerprint.getStyleClass().add("mono");
        TextArea command = Dialogs.readOnlyText("key-authorize-command", 7);
        vm.resultProperty().addListener((o, old, key) -> {
            if (key != null) {
                publicKey.setText(key.publicLine());
                fingerprint.setText(key.fingerprint());
                command.setText(key.authorizeCommand());
            }
        });

        Label title = new Label("Authorize it on the VM");
        title.getStyleClass().add(Styles.TITLE_4);
        Label how = Labels.paragraph("Run this command on the VM as the profile's user (for example in your cloud"
                + " console's browser SSH). It adds the public key to ~/.ssh/authorized_keys once.");
        GridPane grid = Dialogs.formGrid(1);
        Button copyPublic = Dialogs.copyButton(publicKey::getText);
        copyPublic.setId("key-copy-public");
        Button copyCommand = Dialogs.copyButton(command::getText);
        copyCommand.setId("key-copy-command");
        grid.addRow(0, Labels.caption("Public key"), publicKey, copyPublic);
        grid.addRow(1, Labels.caption("Fingerprint"), fingerprint);
        grid.addRow(2, Labels.caption("Command"), command, copyCommand);

        VBox box = new VBox(10, title, how, grid);
        box.visibleProperty().bind(Bindings.isNotNull(vm.resultProperty()));
        box.managedProperty().bind(box.visibleProperty());
        box.visibleProperty().addListener((o, was, shown) -> Dialogs.fitToContent(this));
        return box;
    }

    private void chooseTarget(KeyGenViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Where to write the private key");
        Path current = HomePaths.expand(vm.fileProperty().get());
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            vm.fileProperty().set(HomePaths.shorten(chosen.toPath()));
        }
    }
}
