package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.FxThread;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.Labels;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Asks for a private key's passphrase, offering to remember it in the OS keychain. */
public final class PassphraseDialog extends Dialog<PassphrasePrompt.Answer> {

    PassphraseDialog(Window owner, Path key, boolean previousWasWrong, boolean keychainAvailable) {
        Dialogs.prepare(this, owner, "Key passphrase", 480);
        setHeaderText("Unlock " + HomePaths.shorten(key));
        setGraphic(new FontIcon(Feather.LOCK));

        Label explain = Labels.paragraph("This private key is protected by a passphrase.");
        Label wrong = new Label("That passphrase was not accepted. Try again.");
        wrong.getStyleClass().add(Styles.DANGER);
        wrong.setVisible(previousWasWrong);
        wrong.setManaged(previousWasWrong);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphrase");
        passphrase.setPromptText("Passphrase");
        CheckBox remember = new CheckBox("Remember in the OS keychain");
        remember.setId("remember-passphrase");
        remember.setDisable(!keychainAvailable);
        Label noKeychain = Labels.paragraph("No OS keychain on this system: the passphrase is kept in memory until ELT Deck exits.");
        noKeychain.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        noKeychain.setVisible(!keychainAvailable);
        noKeychain.setManaged(!keychainAvailable);

        VBox content = new VBox(10, explain, wrong, passphrase, remember, noKeychain);
        getDialogPane().setContent(content);
        ButtonType unlock = new ButtonType("Unlock", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, unlock);
        getDialogPane().lookupButton(unlock).setId("passphrase-unlock");
        Platform.runLater(passphrase::requestFocus);
        setResultConverter(button -> {
            PassphrasePrompt.Answer answer = button == unlock
                    ? new PassphrasePrompt.Answer(passphrase.getText().toCharArray(), remember.isSelected()) : null;
            passphrase.clear();
            return answer;
        });
    }

    /** The asker of {@link PassphrasePrompt}: shows this dialog on the FX thread while the connection waits. */
    public static PassphrasePrompt.Asker asker(Supplier<Window> owner) {
        return (key, wrong, keychain) -> FxThread.ask(
                () -> new PassphraseDialog(owner.get(), key, wrong, keychain).showAndWait(), Optional.empty());
    }
}
