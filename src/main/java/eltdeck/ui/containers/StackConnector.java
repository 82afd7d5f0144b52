package eltdeck.ui.containers;

import eltdeck.profile.Profile;
import eltdeck.reach.ServiceResolver;
import eltdeck.stack.StackSession;

/** Opens a {@link StackConnection} to a profile's stack from the GUI, on the link the resolver gives. */
@FunctionalInterface
public interface StackConnector {
    /**
     * Connects and resolves the stack's paths; blocks (call off the UI thread). Fails with a message for the
     * user when the profile has no stack settings or the VM cannot be reached.
     */
    StackConnection open(Profile profile) throws Exception;

    /**
     * The app's: the list and a service action may run at once (two channels); each log follower takes a channel of
     * the live connection when the profile is connected, else shares the view's link.
     */
    static StackConnector using(ServiceResolver services) {
        return profile -> {
            StackSession session = services.stack(profile, 2);
            return StackConnection.over(session, () -> services.alongside(profile, session.link()));
        };
    }
}
