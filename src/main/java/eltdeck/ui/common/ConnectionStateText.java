package eltdeck.ui.common;

import eltdeck.tunnel.ConnectionState;
import java.util.Locale;

/** How a connection state reads and looks in the profile list, the overview and the status bar. */
public final class ConnectionStateText {
    private ConnectionStateText() {
    }

    /** One word for the profile list; the overview shows {@link ConnectionState#describe()}. */
    public static String label(ConnectionState.Kind kind) {
        return switch (kind) {
            case DISCONNECTED -> "Disconnected";
            case CONNECTING -> "Connecting";
            case CONNECTED -> "Connected";
            case CHECKING -> "Checking";
            case RECONNECTING -> "Reconnecting";
            case FAILED -> "Failed";
        };
    }

    /** The CSS class that colours the state's dot (see deck.css). */
    public static String styleClass(ConnectionState.Kind kind) {
        return "state-" + kind.name().toLowerCase(Locale.ROOT);
    }
}
