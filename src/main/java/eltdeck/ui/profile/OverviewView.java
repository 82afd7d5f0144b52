package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.profile.Profile;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.common.StateBadge;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected profile at a glance: where it connects, how it logs in, its state, Connect/Disconnect. */
public final class OverviewView extends VBox {
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>(this, "profile");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final StateBadge badge = new StateBadge(true);
    private final Label name = new Label();
    private final Label destination = value("overview-destination");
    private final Label jump = value("overview-jump");
    private final Label login = value("overview-login");

    public OverviewView(ProfileActions actions) {
        super(8);
        getStyleClass().add("overview");
        name.getStyleClass().add(Styles.TITLE_2);
        name.setId("overview-name");
        badge.setId("overview-state");

        Button connect = new Button("Connect", new FontIcon(Feather.PLAY));
        connect.setId("connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setTooltip(new Tooltip("Connect and open the tunnels (" + Shortcuts.CONNECT.getDisplayText() + ")"));
        connect.disableProperty().bind(active);
        connect.setOnAction(e -> actions.connect());
        Button disconnect = new Button("Disconnect", new FontIcon(Feather.SQUARE));
        disconnect.setId("disconnect");
        disconnect.setTooltip(new Tooltip("Close the tunnels and the connection ("
                + Shortcuts.DISCONNECT.getDisplayText() + ")"));
        disconnect.disableProperty().bind(active.not());
        disconnect.setOnAction(e -> actions.disconnect());

        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        VBox title = new VBox(4, name, badge);
        HBox header = new HBox(12, title, space, connect, disconnect);
        header.setAlignment(Pos.CENTER_LEFT);

        // The facts side by side (the height goes to the tunnels and the tabs), on a second line only when narrow.
        FlowPane facts = new FlowPane(24, 6, fact("Destination", destination), fact("Jump host", jump),
                fact("Login with", login));

        getChildren().setAll(header, facts);
        profile.addListener((o, old, p) -> {
            if (p != null) {
                name.setText(p.name());
                destination.setText(p.destination());
                jump.setText(ProfileViewModel.jumpText(p));
                login.setText(ProfileViewModel.loginText(p));
            }
        });
    }

    private static HBox fact(String caption, Label value) {
        HBox fact = new HBox(8, Labels.caption(caption), value);
        fact.setAlignment(Pos.BASELINE_LEFT);
        return fact;
    }

    public void show(ProfileViewModel vm) {
        profile.unbind();
        active.unbind();
        badge.stateProperty().unbind();
        profile.bind(vm.profileProperty());
        active.bind(vm.activeProperty());
        badge.stateProperty().bind(vm.stateProperty());
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }
}
