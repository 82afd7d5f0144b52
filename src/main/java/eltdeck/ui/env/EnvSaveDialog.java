package eltdeck.ui.env;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The review before a save: what changes on the VM (secret values masked) and the errors saved despite their override. */
final class EnvSaveDialog extends Dialog<Boolean> {

    EnvSaveDialog(Window owner, EnvEditorViewModel vm) {
        Dialogs.prepare(this, owner, "Save .env", 720);
        String path = vm.pathProperty().get();
        boolean exists = vm.document().flatMap(EnvDocument::env).isPresent();
        setHeaderText((exists ? "Save the changes to " : "Create ") + path + " on the VM?");
        Label caption = Labels.caption(exists ? "Changed lines (- before, + after; secret values masked):"
                : "The new file (secret values masked):");
        VBox content = new VBox(8, caption, new EnvDiffArea("env-save-diff", vm.pendingChanges()));
        List<String> overridden = vm.overriddenErrors();
        if (!overridden.isEmpty()) {
            Label warning = Labels.paragraph("Saving despite " + overridden.size() + (overridden.size() == 1 ? " error" : " errors")
                    + " you overrode:\n" + String.join("\n", overridden.stream().map(o -> "\u2022 " + o).toList()));
            warning.setId("env-save-overridden");
            warning.setGraphic(new FontIcon(Feather.SHIELD_OFF));
            warning.getStyleClass().add(Styles.WARNING);
            content.getChildren().add(warning);
        }
        Label note = Labels.paragraph(exists
                ? "The file is replaced atomically with mode 0600; the previous version is kept beside it as .env.bak-TIME"
                        + " (the newest 10 are kept). If the file changed on the VM since you loaded it, nothing is written."
                : "The file is written atomically with mode 0600. If a .env appeared on the VM meanwhile, nothing is written.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        content.getChildren().add(note);
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, save);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("env-save-confirm");
        saveButton.getStyleClass().add(Styles.ACCENT);
        setResultConverter(button -> button == save);
    }
}
