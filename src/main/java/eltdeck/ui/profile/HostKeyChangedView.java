package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.ssh.HostKey;
import eltdeck.ssh.SshFailure;
import eltdeck.tunnel.ConnectionState;
import eltdeck.ui.common.DangerBanner;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.Labels;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The VM offered a different host key than the saved one: explain the risk and show both fingerprints.
 * There is deliberately no way to connect anyway; replacing the saved key is a separate, confirmed action.
 */
public final class HostKeyChangedView extends DangerBanner {
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(this, "state");
    private final Label explain = Labels.paragraph("");
    private final GridPane keys = new GridPane();
    private final Button details = new Button("Details…");
    private final ProfileActions actions;
    private ProfileViewModel shown;

    public HostKeyChangedView(ProfileActions actions) {
        super("host-key-changed", Feather.SHIELD_OFF, "The VM's host key has changed: connection refused");
        this.actions = actions;
        keys.setHgap(10);
        keys.setVgap(6);
        Button replace = new Button("Replace known host key…", new FontIcon(Feather.REFRESH_CW));
        replace.setId("replace-host-key");
        replace.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        replace.setOnAction(e -> actions.replaceHostKey(shown));
        details.getStyleClass().add(Styles.FLAT);
        details.managedProperty().bind(details.visibleProperty());
        HBox buttons = new HBox(8, replace, details);
        body(explain, keys, buttons);
        state.addListener((o, old, s) -> refresh());
        refresh();
    }

    public void show(ProfileViewModel vm) {
        shown = vm;
        state.unbind();
        state.bind(vm.stateProperty());
        refresh();
    }

    private void refresh() {
        SshFailure.HostKeyChange change = shown == null ? null : shown.changedHostKey();
        shown(change != null);
        if (change == null) {
            return;
        }
        explain.setText("The key " + change.hostId() + " offered is not the one saved in "
                + HomePaths.shorten(change.knownHostsFile()) + ". Someone may be intercepting the connection"
                + " (a man-in-the-middle attack), or the VM was rebuilt or its SSH server reinstalled. Replace the"
                + " saved key only if you know it was rebuilt: compare the new fingerprint with the VM's own"
                + " (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub, run on the VM or in your cloud console).");
        keys.getChildren().clear();
        int row = 0;
        for (HostKey known : change.known()) {
            keys.addRow(row++, Labels.caption("Saved"), fingerprint(known.describe(change.hostId())));
        }
        keys.addRow(row, Labels.caption("Offered now"), fingerprint(change.offered().describe(change.hostId())));
        SshFailure f = state.get().failure();
        details.setOnAction(e -> actions.showDetails(f.getMessage(), f.detail()));
        details.setVisible(!f.detail().isBlank());
    }

    private static TextField fingerprint(String text) {
        TextField f = new TextField(text);
        f.setEditable(false);
        f.getStyleClass().add("mono");
        f.setPrefColumnCount(48);
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }
}
