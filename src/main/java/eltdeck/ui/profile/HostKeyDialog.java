package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.ssh.HostKey;
import eltdeck.ssh.HostKeyPolicy.Decision;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.Labels;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A server ELT Deck has not seen before: show its key's fingerprint and let the user decide. */
final class HostKeyDialog extends Dialog<Decision> {
    static final ButtonType REJECT = new ButtonType("Reject", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType ACCEPT_ONCE = new ButtonType("Accept once", ButtonBar.ButtonData.OTHER);
    static final ButtonType ACCEPT_AND_SAVE = new ButtonType("Accept and save", ButtonBar.ButtonData.OK_DONE);

    HostKeyDialog(Window owner, String hostId, HostKey key, Path knownHosts) {
        Dialogs.prepare(this, owner, "Unknown host key", 800);
        setHeaderText("First connection to " + hostId);
        setGraphic(new FontIcon(Feather.SHIELD));

        Label explain = Labels.paragraph("ELT Deck has not seen this server's key before. Before accepting, compare the"
                + " fingerprint with the VM's own: your cloud console shows it, or run this on the VM:");
        TextField check = readOnly("ssh-keygen -lf /etc/ssh/ssh_host_" + key.shortType().toLowerCase(Locale.ROOT) + "_key.pub");

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(8);
        facts.addRow(0, Labels.caption("Host"), new Label(hostId));
        facts.addRow(1, Labels.caption("Key type"), new Label(key.shortType() + " (" + key.type() + ")"));
        TextField fingerprint = readOnly(key.describe(hostId));
        fingerprint.setId("host-key-fingerprint");
        GridPane.setHgrow(fingerprint, Priority.ALWAYS);
        facts.addRow(2, Labels.caption("Fingerprint"), fingerprint);
        facts.addRow(3, Labels.caption("Saved to"), new Label(HomePaths.shorten(knownHosts) + " (with Accept and save)"));

        VBox content = new VBox(14, explain, check, facts);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(REJECT, ACCEPT_ONCE, ACCEPT_AND_SAVE);
        // From the safe answer to the lasting one, whatever the platform's usual button order.
        ((ButtonBar) getDialogPane().lookup(".button-bar")).setButtonOrder("+CUO");
        getDialogPane().lookupButton(REJECT).setId("host-key-reject");
        getDialogPane().lookupButton(ACCEPT_ONCE).setId("host-key-accept-once");
        Button save = (Button) getDialogPane().lookupButton(ACCEPT_AND_SAVE);
        save.setId("host-key-accept-save");
        save.getStyleClass().add(Styles.ACCENT);
        setResultConverter(button -> {
            if (button == ACCEPT_AND_SAVE) {
                return Decision.ACCEPT_AND_SAVE;
            }
            return button == ACCEPT_ONCE ? Decision.ACCEPT_ONCE : Decision.REJECT;
        });
    }

    private static TextField readOnly(String text) {
        TextField field = new TextField(text);
        field.setEditable(false);
        field.getStyleClass().add("mono");
        return field;
    }
}
