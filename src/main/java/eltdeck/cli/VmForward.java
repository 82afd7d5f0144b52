package eltdeck.cli;

import eltdeck.profile.Profile;
import eltdeck.ssh.SshLink;
import eltdeck.tunnel.EphemeralForward;

/** A forward of one of the VM's ports over the command's own SSH link, on a free local port. Closing ends both. */
record VmForward(SshLink link, EphemeralForward forward) implements AutoCloseable {

    static VmForward open(EltDeckCli root, VmOptions vm, Profile profile, int vmPort) throws Exception {
        SshLink link = vm.open(root.context(), profile);
        try {
            return new VmForward(link, EphemeralForward.open(link, vmPort));
        } catch (Exception | Error e) {
            link.close();
            throw e;
        }
    }

    int localPort() {
        return forward.localPort();
    }

    @Override
    public void close() {
        forward.close();
        link.close();
    }
}
