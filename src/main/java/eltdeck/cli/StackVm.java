package eltdeck.cli;

import eltdeck.profile.Profile;
import eltdeck.ssh.SshLink;
import eltdeck.stack.RemoteShell;
import eltdeck.stack.StackPaths;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import java.io.IOException;

/** A profile's stack reached over SSH: the link, a shell on it, the settings and the resolved paths. */
record StackVm(SshLink link, RemoteShell shell, StackSettings settings, StackPaths paths) implements AutoCloseable {

    static StackVm open(EltDeckCli root, VmOptions vm, String name) throws IOException, eltdeck.ssh.SshFailure {
        StackSettings settings = new StackSettingsStore(root.context().database()).get(name);
        Profile profile = root.context().profiles().get(name);
        StackSession session = StackSession.open(vm.open(root.context(), profile), settings);
        return new StackVm(session.link(), session.shell(), session.settings(), session.paths());
    }

    StackSession session() {
        return new StackSession(link, shell, settings, paths);
    }

    @Override
    public void close() {
        link.close();
    }
}
