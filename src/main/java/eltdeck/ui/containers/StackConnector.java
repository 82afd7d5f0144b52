package eltdeck.ui.containers;

import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettingsStore;
import eltdeck.store.Database;

/** Opens a {@link StackConnection} to a profile's stack from the GUI: its own SSH link, apart from the tunnels'. */
@FunctionalInterface
public interface StackConnector {
    /**
     * Connects and resolves the stack's paths; blocks (call off the UI thread). Fails with a message for the
     * user when the profile has no stack settings or the VM cannot be reached.
     */
    StackConnection open(Profile profile) throws Exception;

    /** The app's: the stack settings from the database, the link opened like the GUI's other connections. */
    static StackConnector using(Database db, SshConnector connector, HostKeyPolicy hostKeys) {
        StackSettingsStore settings = new StackSettingsStore(db);
        return profile -> {
            var stack = settings.get(profile.name());
            return StackConnection.over(StackSession.open(connector.connect(profile, hostKeys), stack));
        };
    }
}
