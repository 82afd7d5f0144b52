package eltdeck.profile;

import java.nio.file.Path;
import java.util.List;

/**
 * One VM: how to reach it over SSH and which of its ports to forward.
 *
 * @param identityFile private key to offer, or null to rely on the ssh-agent only
 * @param useAgent     offer the ssh-agent's keys (before the identity file, as OpenSSH does)
 * @param jump         bastion to go through, or null
 * @param knownHosts   known_hosts file to verify against, or null for ~/.ssh/known_hosts
 */
public record Profile(String name, String host, int port, String user, Path identityFile, boolean useAgent,
                      JumpHost jump, Path knownHosts, KeepAlive keepAlive, List<TunnelSpec> tunnels) {

    public Profile {
        tunnels = List.copyOf(tunnels);
        keepAlive = keepAlive == null ? KeepAlive.DEFAULT : keepAlive;
    }

    public static Profile of(String name, String host, String user) {
        return new Profile(name, host, 22, user, null, true, null, null, KeepAlive.DEFAULT, TunnelSpec.defaults());
    }

    /** A known_hosts file: the profile's own, else the user's. */
    public Path knownHostsOrDefault() {
        return knownHosts != null ? knownHosts : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
    }

    public String destination() {
        return user + "@" + host + (port == 22 ? "" : ":" + port);
    }

    public Profile withName(String newName) {
        return new Profile(newName, host, port, user, identityFile, useAgent, jump, knownHosts, keepAlive, tunnels);
    }

    public Profile withTunnels(List<TunnelSpec> newTunnels) {
        return new Profile(name, host, port, user, identityFile, useAgent, jump, knownHosts, keepAlive, newTunnels);
    }

    public Profile withKeepAlive(KeepAlive newKeepAlive) {
        return new Profile(name, host, port, user, identityFile, useAgent, jump, knownHosts, newKeepAlive, tunnels);
    }

    public Profile withKnownHosts(Path file) {
        return new Profile(name, host, port, user, identityFile, useAgent, jump, file, keepAlive, tunnels);
    }

    /** How often the connection is checked, and after how many unanswered checks it counts as lost. */
    public record KeepAlive(int intervalSeconds, int maxMisses) {
        public static final KeepAlive DEFAULT = new KeepAlive(15, 3);
    }
}
