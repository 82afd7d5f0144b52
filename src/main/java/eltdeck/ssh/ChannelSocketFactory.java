package eltdeck.ssh;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Sockets that are direct-tcpip channels of one {@link SshLink}: an HTTP client given this factory reaches the
 * VM's loopback ports through the link itself, with no local port to find or hold and whether or not the user's
 * tunnels are up. The host a socket connects to is only resolved locally; the channel always goes to the port on
 * the VM's own loopback.
 */
public final class ChannelSocketFactory extends SocketFactory {
    /** How long opening a channel may take when the caller gives no connect timeout. */
    static final int OPEN_TIMEOUT_MS = 10_000;

    private final SshLink link;

    public ChannelSocketFactory(SshLink link) {
        this.link = link;
    }

    @Override
    public Socket createSocket() {
        return new ChannelSocket(link);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    /** A channel has no local end to bind: the local address is ignored. */
    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return createSocket(address, port);
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket socket = createSocket();
        socket.connect(address, OPEN_TIMEOUT_MS);
        return socket;
    }
}
