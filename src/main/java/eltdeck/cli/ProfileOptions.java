package eltdeck.cli;

import eltdeck.profile.JumpHost;
import eltdeck.profile.Profile;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The profile fields as options, shared by {@code profile add} and {@code profile edit}: only given ones apply. */
final class ProfileOptions {
    @Option(names = "--host", description = "The VM's DNS name or IP address.")
    String host;

    @Option(names = "--port", description = "SSH port (default 22).")
    Integer port;

    @Option(names = "--user", description = "Login user on the VM (default: your local user name).")
    String user;

    @Option(names = "--identity", description = "Private key file to log in with.")
    Path identity;

    @Option(names = "--agent", negatable = true, description = "Offer the ssh-agent's keys (default: on).")
    Boolean agent;

    @Option(names = "--jump", description = "Jump host, USER@HOST[:PORT] (like ssh -J).")
    String jump;

    @Option(names = "--known-hosts", description = "known_hosts file to use (default ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = "--keepalive", description = "Seconds between keepalives (default 15).")
    Integer keepAliveSeconds;

    @Option(names = "--keepalive-misses", description = "Unanswered keepalives before the link counts as lost (default 3).")
    Integer keepAliveMisses;

    Profile applyTo(Profile p) {
        String newUser = user != null ? user : p.user();
        JumpHost newJump = jump == null ? p.jump() : jump.isBlank() || jump.equals("none") ? null : JumpHost.parse(jump, newUser);
        Profile.KeepAlive ka = new Profile.KeepAlive(
                keepAliveSeconds != null ? keepAliveSeconds : p.keepAlive().intervalSeconds(),
                keepAliveMisses != null ? keepAliveMisses : p.keepAlive().maxMisses());
        Path newIdentity = identity == null ? p.identityFile() : identity.toString().isEmpty() ? null : identity.toAbsolutePath();
        Path newKnownHosts = knownHosts == null ? p.knownHosts() : knownHosts.toAbsolutePath();
        return new Profile(p.name(), host != null ? host : p.host(), port != null ? port : p.port(), newUser,
                newIdentity, agent != null ? agent : p.useAgent(), newJump, newKnownHosts, ka, p.tunnels());
    }
}
