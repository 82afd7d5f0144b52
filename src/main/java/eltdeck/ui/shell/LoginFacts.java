package eltdeck.ui.shell;

import eltdeck.profile.Profile;
import eltdeck.ssh.KnownHostsFile;
import java.io.IOException;
import java.nio.file.Files;

/**
 * What the files on this computer say about a profile's login, for the guide: whether its key is there (or an
 * ssh-agent to ask), and whether the VM's host key is in its known_hosts. Reads files: call off the UI thread.
 */
record LoginFacts(boolean keyReady, boolean hostKeyKnown) {
    /** Before the files were read. */
    static final LoginFacts UNKNOWN = new LoginFacts(false, false);

    /** @param agentRunning whether an ssh-agent is there to offer keys (SSH_AUTH_SOCK is set) */
    static LoginFacts of(Profile profile, boolean agentRunning) {
        boolean keyFile = profile.identityFile() != null && Files.isRegularFile(profile.identityFile());
        return new LoginFacts(keyFile || (profile.useAgent() && agentRunning), hostKeyKnown(profile));
    }

    private static boolean hostKeyKnown(Profile profile) {
        try {
            return Files.isRegularFile(profile.knownHostsOrDefault()) && !new KnownHostsFile(profile.knownHostsOrDefault())
                    .keysFor(KnownHostsFile.hostId(profile.host(), profile.port())).isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
