package eltdeck.reach;

import eltdeck.ssh.SshLink;
import eltdeck.tunnel.ConnectionSupervisor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The supervisor keeping each profile connected in the window, whose live link its actions may ride on. */
public final class LiveSessions {
    private final Map<String, ConnectionSupervisor> supervisors = new ConcurrentHashMap<>();

    /** From now on, the profile's actions ride on this supervisor's link while it is connected. */
    public void track(ConnectionSupervisor supervisor) {
        supervisors.put(supervisor.profile().name(), supervisor);
    }

    /** The profile's live link, if its supervisor is connected and the link answers. */
    public Optional<SshLink> find(String profile) {
        ConnectionSupervisor supervisor = supervisors.get(profile);
        return supervisor == null ? Optional.empty() : supervisor.liveLink();
    }
}
