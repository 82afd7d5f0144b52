package eltdeck.cli;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.ssh.SshFailure;
import picocli.CommandLine.Option;

/** How a verb that needs the VM reaches it: its own session, host keys verified as everywhere. */
final class VmOptions {
    @Option(names = "--accept-new-host-key",
            description = "Trust and save the host key of a VM seen for the first time (OpenSSH's accept-new). A changed key is always refused.")
    boolean acceptNewHostKey;

    HostKeyPolicy hostKeyPolicy() {
        return acceptNewHostKey ? HostKeyPolicy.ACCEPT_NEW : HostKeyPolicy.STRICT;
    }

    SshConnector connector(AppContext context) {
        return new SshConnector(new ConsolePassphrase(context.secrets()));
    }

    SshLink open(AppContext context, Profile profile) throws SshFailure {
        try {
            return connector(context).connect(profile, hostKeyPolicy());
        } catch (SshFailure f) {
            if (f.kind() == SshFailure.Kind.HOST_KEY_UNKNOWN) {
                throw new SshFailure(f.kind(), f.getMessage() + "\nIf it matches, run again with --accept-new-host-key.", f.detail());
            }
            throw f;
        }
    }
}
