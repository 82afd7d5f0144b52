package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.ssh.SshFailure;
import eltdeck.tunnel.ConnectionState;
import eltdeck.ui.common.DangerBanner;
import eltdeck.ui.common.Labels;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;

/** Why the last connect failed, in words, with the technical detail one click away. */
public final class FailureView extends DangerBanner {
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(this, "state");
    private final Label message = Labels.paragraph("");
    private final Button details = new Button("Details…");
    private final ProfileActions actions;

    public FailureView(ProfileActions actions) {
        super("failure", Feather.ALERT_CIRCLE, "Could not connect");
        this.actions = actions;
        message.setId("failure-message");
        details.setId("failure-details");
        details.getStyleClass().add(Styles.SMALL);
        details.managedProperty().bind(details.visibleProperty());
        body(message, details);
        state.addListener((o, old, s) -> refresh());
        refresh();
    }

    public void show(ProfileViewModel vm) {
        state.unbind();
        state.bind(vm.stateProperty());
    }

    private void refresh() {
        ConnectionState s = state.get();
        SshFailure f = s == null ? null : s.failure();
        // A changed host key has its own pane; reconnect failures show in the state's countdown.
        boolean shown = s != null && s.kind() == ConnectionState.Kind.FAILED && f != null
                && f.kind() != SshFailure.Kind.HOST_KEY_CHANGED;
        shown(shown);
        if (shown) {
            message.setText(f.getMessage());
            details.setOnAction(e -> actions.showDetails(f.getMessage(), f.detail()));
            details.setVisible(!f.detail().isBlank());
        }
    }
}
