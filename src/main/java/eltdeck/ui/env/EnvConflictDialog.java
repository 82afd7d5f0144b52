package eltdeck.ui.env;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A save was refused because the {@code .env} changed on the VM: what changed there (masked), and the choice between
 * keeping the edits here and reloading, which discards them.
 */
final class EnvConflictDialog extends Dialog<Boolean> {

    EnvConflictDialog(Window owner, EnvEditorViewModel vm) {
        Dialogs.prepare(this, owner, "The .env changed on the VM", 720);
        setHeaderText(vm.pathProperty().get() + " changed on the VM since you loaded it. Nothing was saved.");
        Label caption = Labels.caption("What changed on the VM since you loaded it (- as loaded, + on the VM now; secret values masked):");
        Label advice = Labels.paragraph("Your edits are still in the editor. Reload to edit the VM's new version: your unsaved"
                + " edits are then discarded, so copy out what you need first (Reveal secrets, then the raw text).");
        advice.getStyleClass().add(Styles.TEXT_MUTED);
        getDialogPane().setContent(new VBox(8, caption, new EnvDiffArea("env-conflict-diff", vm.conflictProperty().get()), advice));
        ButtonType keep = new ButtonType("Keep my edits", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType reload = new ButtonType("Discard my edits and reload", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(keep, reload);
        Button keepButton = (Button) getDialogPane().lookupButton(keep);
        keepButton.setId("env-conflict-keep");
        keepButton.setDefaultButton(true);
        Button reloadButton = (Button) getDialogPane().lookupButton(reload);
        reloadButton.setId("env-conflict-reload");
        reloadButton.setDefaultButton(false);
        reloadButton.getStyleClass().add(Styles.DANGER);
        setResultConverter(button -> button == reload);
    }
}
