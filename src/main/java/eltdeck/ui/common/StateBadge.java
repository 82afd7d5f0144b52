package eltdeck.ui.common;

import eltdeck.tunnel.ConnectionState;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

/** A coloured dot and the state's name: grey, amber while connecting, green when connected, red when failed. */
public final class StateBadge extends HBox {
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(this, "state", ConnectionState.DISCONNECTED);
    private final Circle dot = new Circle(5);
    private final Label text = new Label();

    /** @param detailed show the countdown while reconnecting, as in the overview */
    public StateBadge(boolean detailed) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("state-badge");
        dot.getStyleClass().add("state-dot");
        getChildren().setAll(dot, text);
        state.addListener((o, old, now) -> show(now, detailed));
        show(state.get(), detailed);
    }

    public ObjectProperty<ConnectionState> stateProperty() {
        return state;
    }

    private void show(ConnectionState s, boolean detailed) {
        ConnectionState shown = s == null ? ConnectionState.DISCONNECTED : s;
        dot.getStyleClass().removeIf(c -> c.startsWith("state-") && !c.equals("state-dot"));
        dot.getStyleClass().add(ConnectionStateText.styleClass(shown.kind()));
        boolean sentence = detailed && (shown.kind() == ConnectionState.Kind.RECONNECTING
                || shown.kind() == ConnectionState.Kind.CHECKING);
        text.setText(sentence ? shown.describe() : ConnectionStateText.label(shown.kind()));
    }
}
