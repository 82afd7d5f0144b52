package eltdeck.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;

/**
 * A {@link Socket} whose connection is a direct-tcpip channel of an {@link SshLink} to a port on the VM's loopback:
 * what it writes goes down the channel, what it reads comes from it. Made unconnected by
 * {@link ChannelSocketFactory}; {@link #connect(SocketAddress, int)} opens the channel to the address's port.
 */
final class ChannelSocket extends Socket {
    private final SshLink link;
    private final ChannelInput input = new ChannelInput();
    private InetSocketAddress remote;
    private ForwardChannel channel;
    private OutputStream output;
    private volatile boolean closed;
    private boolean inputShut;
    private boolean outputShut;
    private int readTimeoutMs;

    ChannelSocket(SshLink link) {
        this.link = link;
    }

    @Override
    public synchronized void connect(SocketAddress endpoint, int timeoutMs) throws IOException {
        if (!(endpoint instanceof InetSocketAddress address)) {
            throw new IllegalArgumentException("A channel socket connects to a host and port, not " + endpoint);
        }
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        try {
            channel = link.openForward(address.getPort(), input, timeoutMs > 0 ? timeoutMs : ChannelSocketFactory.OPEN_TIMEOUT_MS);
            output = channel.toRemote();
        } catch (ChannelOpenUnanswered e) {
            throw new SocketTimeoutException("The SSH server did not open a channel to the VM's port " + address.getPort()
                    + " in time");
        } catch (IOException e) {
            throw (ConnectException) new ConnectException("Nothing answers on the VM's port " + address.getPort()
                    + " through SSH (" + e.getMessage() + ")").initCause(e);
        }
        remote = address;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    @Override
    public InputStream getInputStream() throws IOException {
        requireOpen();
        return input.reader();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        requireOpen();
        return output;
    }

    @Override
    public synchronized void setSoTimeout(int timeoutMs) {
        readTimeoutMs = timeoutMs;
        input.readTimeout(timeoutMs);
    }

    @Override
    public synchronized int getSoTimeout() {
        return readTimeoutMs;
    }

    @Override
    public void setTcpNoDelay(boolean on) {
        // The channel's bytes leave as each write is flushed; there is no local TCP connection to tune.
    }

    @Override
    public boolean isConnected() {
        return channel != null;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void shutdownInput() {
        inputShut = true;
        input.discard();
    }

    @Override
    public synchronized void shutdownOutput() throws IOException {
        outputShut = true;
        if (output != null) {
            output.close();
        }
    }

    @Override
    public synchronized boolean isInputShutdown() {
        return inputShut;
    }

    @Override
    public synchronized boolean isOutputShutdown() {
        return outputShut;
    }

    @Override
    public InetAddress getInetAddress() {
        return remote == null ? null : remote.getAddress();
    }

    @Override
    public int getPort() {
        return remote == null ? 0 : remote.getPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return remote;
    }

    /** Closes the channel; a reader waiting for bytes gets the end of the stream. */
    @Override
    public void close() {
        closed = true;
        input.discard();
        ForwardChannel open = channel;
        if (open != null) {
            open.close();
        }
    }

    private void requireOpen() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (channel == null) {
            throw new SocketException("Socket is not connected");
        }
    }

    @Override
    public String toString() {
        return "ChannelSocket[VM port " + (remote == null ? "unconnected" : remote.getPort()) + "]";
    }
}
