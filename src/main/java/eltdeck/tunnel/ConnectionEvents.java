package eltdeck.tunnel;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the listeners of one connection (and the log) what happens to it, so that every part of the supervisor
 * reports the same way without holding the listener list itself.
 */
final class ConnectionEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSupervisor.class);

    private final String profileName;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();

    ConnectionEvents(String profileName) {
        this.profileName = profileName;
    }

    void add(ConnectionListener listener) {
        listeners.add(listener);
    }

    void remove(ConnectionListener listener) {
        listeners.remove(listener);
    }

    void stateChanged(ConnectionState next) {
        for (ConnectionListener l : listeners) {
            l.stateChanged(next);
        }
    }

    void tunnelsChanged(List<TunnelStatus> now) {
        for (ConnectionListener l : listeners) {
            l.tunnelsChanged(now);
        }
    }

    void activity(Activity.Level level, String message, String detail) {
        Activity a = new Activity(Instant.now(), level, message, detail);
        switch (level) {
            case ERROR -> LOG.error("[{}] {}", profileName, message);
            case WARN -> LOG.warn("[{}] {}", profileName, message);
            default -> LOG.info("[{}] {}", profileName, message);
        }
        for (ConnectionListener l : listeners) {
            l.activity(a);
        }
    }
}
