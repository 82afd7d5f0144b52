package eltdeck.tunnel;

import eltdeck.ssh.SshLink;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A forward of one VM port to a free port on this machine's 127.0.0.1, for a command that needs the port only while
 * it runs (the CLI's Prefect calls): it never competes with the user's tunnels for their fixed ports.
 */
public final class EphemeralForward implements AutoCloseable {
    private final LocalForwarder forwarder;
    private final ExecutorService pumps;

    private EphemeralForward(LocalForwarder forwarder, ExecutorService pumps) {
        this.forwarder = forwarder;
        this.pumps = pumps;
    }

    public static EphemeralForward open(SshLink link, int remotePort) throws IOException {
        ExecutorService pumps = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "forward-" + remotePort);
            t.setDaemon(true);
            return t;
        });
        LocalForwarder forwarder = new LocalForwarder(remotePort, 0, () -> link, pumps);
        try {
            forwarder.bind();
        } catch (IOException e) {
            pumps.shutdownNow();
            throw e;
        }
        return new EphemeralForward(forwarder, pumps);
    }

    public int localPort() {
        return forwarder.localPort();
    }

    @Override
    public void close() {
        forwarder.close();
        pumps.shutdownNow();
    }
}
