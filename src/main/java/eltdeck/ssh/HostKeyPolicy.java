package eltdeck.ssh;

/** What to do with a host key the known_hosts file does not have yet. Changed keys are always refused. */
public interface HostKeyPolicy {

    enum Decision { REJECT, ACCEPT_ONCE, ACCEPT_AND_SAVE }

    /**
     * Called on a background thread while the connection waits.
     *
     * @param hostId      the name as known_hosts would hold it ({@code host} or {@code [host]:port})
     * @param key         the key the server offered
     * @param knownHosts  the file an accepted key would be saved to
     */
    Decision onUnknownHost(String hostId, HostKey key, java.nio.file.Path knownHosts);

    /** OpenSSH's StrictHostKeyChecking=yes. */
    HostKeyPolicy STRICT = (hostId, key, file) -> Decision.REJECT;

    /** OpenSSH's StrictHostKeyChecking=accept-new: a new host is saved, a changed one still refused. */
    HostKeyPolicy ACCEPT_NEW = (hostId, key, file) -> Decision.ACCEPT_AND_SAVE;
}
