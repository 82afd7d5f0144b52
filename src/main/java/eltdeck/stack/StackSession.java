package eltdeck.stack;

import eltdeck.ssh.SshLink;
import java.io.IOException;

/** A profile's stack reached over an open SSH link: a shell on it, the settings and the paths resolved on the VM. */
public record StackSession(SshLink link, RemoteShell shell, StackSettings settings, StackPaths paths) implements AutoCloseable {

    /** Takes over the link: it is closed here if the paths cannot be resolved, else by {@link #close}. */
    public static StackSession open(SshLink link, StackSettings settings) throws IOException {
        try {
            RemoteShell shell = new RemoteShell(link);
            return new StackSession(link, shell, settings, StackPaths.resolve(shell, settings));
        } catch (IOException | RuntimeException e) {
            link.close();
            throw e;
        }
    }

    @Override
    public void close() {
        link.close();
    }
}
