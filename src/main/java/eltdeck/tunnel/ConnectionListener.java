package eltdeck.tunnel;

import java.util.List;

/** Receives a supervisor's news on its own thread; GUIs hand it over to their UI thread. */
public interface ConnectionListener {
    default void stateChanged(ConnectionState state) {
    }

    default void tunnelsChanged(List<TunnelStatus> tunnels) {
    }

    default void activity(Activity activity) {
    }
}
