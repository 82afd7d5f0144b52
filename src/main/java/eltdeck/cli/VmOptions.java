package eltdeck.cli;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.reach.ServiceResolver;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshFailure;
import eltdeck.ssh.SshLink;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettings;
import java.io.IOException;
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

    /** The profile's services as the window finds them, each command over a link of its own. */
    ServiceResolver services(AppContext context) {
        return new ServiceResolver(context.database(), (profile, channels) -> open(context, profile));
    }

    /** The profile's stack over this command's own link; closing it ends the link. */
    StackSession stack(AppContext context, String name) throws IOException, SshFailure {
        return services(context).stack(context.profiles().get(name));
    }

    /** The profile's stack settings, for a verb that resolves the stack's paths in its own command. */
    StackSettings stackSettings(AppContext context, String name) {
        return services(context).stackSettings(context.profiles().get(name));
    }

    /** This command's own link to the profile's VM; closing it ends the link. */
    SshLink link(AppContext context, String name) throws SshFailure {
        return services(context).link(context.profiles().get(name));
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
