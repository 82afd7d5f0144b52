package eltdeck.ui.profile;

import eltdeck.tunnel.ConnectionState;
import java.util.Optional;

/**
 * What is worth a desktop notification in a profile's connection states: the tunnels dropped, and then came back
 * (or did not). Once per drop, however many attempts the reconnect takes; a first connect that fails is news of
 * its own elsewhere, and a Disconnect is the user's own doing.
 */
final class ConnectionNews {
    private boolean up;
    private boolean down;

    /** The news, if any, of the connection going to {@code next}. */
    Optional<String> after(ConnectionState next) {
        switch (next.kind()) {
            case CONNECTED -> {
                up = true;
                if (down) {
                    down = false;
                    return Optional.of("the tunnels are back.");
                }
            }
            case RECONNECTING -> {
                if (up) {
                    up = false;
                    down = true;
                    return Optional.of("the tunnels dropped" + (next.failure() == null ? "" : " (" + next.failure().getMessage() + ")")
                            + "; reconnecting.");
                }
            }
            case FAILED -> {
                up = false;
                if (down) {
                    down = false;
                    return Optional.of("the tunnels could not be brought back: " + next.failure().getMessage());
                }
            }
            case DISCONNECTED, CONNECTING -> { // the user's own doing, or a new session
                up = false;
                down = false;
            }
        }
        return Optional.empty();
    }
}
