package eltdeck.testvm;

import eltdeck.profile.Profile;
import eltdeck.ssh.HostKey;
import eltdeck.ssh.KnownHostsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What tests need of an SSH server they started, embedded or real: where it is, its host key, a profile for it. */
public interface TestSshServer extends AutoCloseable {

    String host();

    int port();

    /** The user it lets in. */
    String user();

    /** Stops listening and ends every session, like an sshd that dies or a VM that reboots. */
    void stop();

    /** Listens again after {@link #stop()}: same address, port and host key. */
    void startAgain();

    default void restart() {
        stop();
        startAgain();
    }

    @Override
    default void close() {
        stop();
    }

    HostKey hostKey();

    /** How known_hosts names it: {@code host}, or {@code [host]:port} off port 22. */
    default String hostId() {
        return KnownHostsFile.hostId(host(), port());
    }

    default String knownHostsLine() {
        return hostId() + " " + hostKey().type() + " " + hostKey().base64();
    }

    /** Writes a known_hosts file that knows this server, and returns it. */
    default Path writeKnownHosts(Path file) {
        try {
            Files.write(file, List.of(knownHostsLine()), StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A profile for this server with one key and no agent; keepalive every second, lost after 3 misses. */
    default Profile profile(Path identity, Path knownHosts) {
        return profileAs(user(), identity, false, knownHosts);
    }

    default Profile profileAs(String user, Path identity, boolean useAgent, Path knownHosts) {
        return new Profile("test-vm", host(), port(), user, identity, useAgent, null, knownHosts,
                new Profile.KeepAlive(1, 3), List.of());
    }
}
