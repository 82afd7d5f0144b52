package eltdeck.ui.profile;

import eltdeck.profile.Profile;
import eltdeck.reach.LiveSessions;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.tunnel.ConnectionSupervisor;
import java.time.Duration;

/** Makes the supervisor that keeps one profile connected; one per connect, closed on disconnect. */
@FunctionalInterface
public interface SupervisorFactory {
    /** Often enough that a tunnel going down shows within seconds, rare enough to cost nothing. */
    Duration PROBE_INTERVAL = Duration.ofSeconds(3);

    ConnectionSupervisor create(Profile profile);

    static SupervisorFactory using(SshConnector connector, HostKeyPolicy hostKeys) {
        return profile -> new ConnectionSupervisor(profile, connector, hostKeys, PROBE_INTERVAL);
    }

    /** These supervisors, each made known to {@code live} so that its profile's actions ride on its connection. */
    default SupervisorFactory trackedIn(LiveSessions live) {
        return profile -> {
            ConnectionSupervisor supervisor = create(profile);
            live.track(supervisor);
            return supervisor;
        };
    }
}
