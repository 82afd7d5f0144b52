package eltdeck.ui;

import atlantafx.base.theme.Styles;
import eltdeck.ssh.SshFailure;
import eltdeck.tunnel.ConnectionState;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Why the last connect failed, in words, with the technical detail one click away. */
final class FailurePane extends HBox {
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(this, "state");
    private final Label message = Labels.paragraph("");
    private final Button details = new Button("Details…");
    private final DeckActions actions;

    FailurePane(DeckActions actions) {
        super(12);
        this.actions = actions;
        setId("failure");
        getStyleClass().addAll("banner", "banner-danger");
        setAlignment(Pos.TOP_LEFT);
        FontIcon icon = new FontIcon(Feather.ALERT_CIRCLE);
        icon.getStyleClass().add("banner-icon");
        Label title = new Label("Could not connect");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        message.setId("failure-message");
        details.setId("failure-details");
        details.getStyleClass().add(Styles.SMALL);
        details.managedProperty().bind(details.visibleProperty());
        VBox text = new VBox(6, title, message, details);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().setAll(icon, text);
        state.addListener((o, old, s) -> refresh());
        refresh();
    }

    void show(ProfileViewModel vm) {
        state.unbind();
        state.bind(vm.stateProperty());
    }

    private void refresh() {
        ConnectionState s = state.get();
        SshFailure f = s == null ? null : s.failure();
        // A changed host key has its own pane; reconnect failures show in the state's countdown.
        boolean shown = s != null && s.kind() == ConnectionState.Kind.FAILED && f != null
                && f.kind() != SshFailure.Kind.HOST_KEY_CHANGED;
        setVisible(shown);
        setManaged(shown);
        if (shown) {
            message.setText(f.getMessage());
            details.setOnAction(e -> actions.showDetails(f.getMessage(), f.detail()));
            details.setVisible(!f.detail().isBlank());
        }
    }
}
