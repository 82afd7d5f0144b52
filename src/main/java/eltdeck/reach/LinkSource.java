package eltdeck.reach;

import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshFailure;
import eltdeck.ssh.SshLink;
import java.util.Optional;

/** Where an action gets the SSH link to a profile's VM; the action closes the link it got when it ends. */
public interface LinkSource {
    /** A link for one action that keeps at most {@code channels} session channels open at once. */
    SshLink open(Profile profile, int channels) throws SshFailure;

    /** A link on the profile's live connection when there is one; empty when the profile is not connected. */
    default Optional<SshLink> live(Profile profile, int channels) throws SshFailure {
        return Optional.empty();
    }

    /** A new connection for every action (the command line's way: it holds no connection of its own). */
    static LinkSource own(SshConnector connector, HostKeyPolicy hostKeys) {
        return (profile, channels) -> connector.connect(profile, hostKeys);
    }
}
