package eltdeck.tunnel;

import eltdeck.ssh.ForwardChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One forwarded connection: its channel, and the stream JSch writes the VM's bytes to, straight into the client
 * socket. A channel may be opened before a client comes ({@link AheadChannel}); what the VM sends until then is
 * held and handed on when the client is attached. The VM's EOF half-closes the client; once both sides have ended,
 * the channel and the socket are closed.
 */
final class ForwardedConnection extends OutputStream {
    private final AtomicLong bytesIn;
    private final Consumer<Socket> onEnd;
    private ForwardChannel channel;
    private Socket client;
    private OutputStream toClient;
    private ByteArrayOutputStream early;
    private boolean remoteEnded;
    private int sidesOpen = 2;

    /** {@code onEnd} hears of the client socket once the connection has ended. */
    ForwardedConnection(AtomicLong bytesIn, Consumer<Socket> onEnd) {
        this.bytesIn = bytesIn;
        this.onEnd = onEnd;
    }

    synchronized void opened(ForwardChannel channel) {
        this.channel = channel;
    }

    synchronized ForwardChannel channel() {
        return channel;
    }

    /** Not ended by the VM, and its channel still open: a client attached now would be served. */
    synchronized boolean usable() {
        return !remoteEnded && channel != null && channel.isOpen();
    }

    /**
     * Gives the connection its client and hands on what the VM sent so far. Refuses (false) a connection whose VM side
     * has already ended: the client has sent nothing yet, so the caller can still open a fresh channel instead.
     */
    synchronized boolean attach(Socket client) throws IOException {
        if (!usable()) {
            return false;
        }
        this.client = client;
        toClient = client.getOutputStream();
        if (early != null) {
            early.writeTo(toClient);
            early = null;
        }
        return true;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (toClient == null) {
            if (early == null) {
                early = new ByteArrayOutputStream(len);
            }
            early.write(b, off, len);
        } else {
            toClient.write(b, off, len);
        }
        bytesIn.addAndGet(len);
    }

    /** JSch's call on the VM's EOF, and again when the channel closes (then also when the link goes down). */
    @Override
    public synchronized void close() {
        if (remoteEnded) {
            return;
        }
        remoteEnded = true;
        if (client == null) {
            return;
        }
        try {
            if (!client.isClosed()) {
                client.shutdownOutput();
            }
        } catch (IOException e) {
            closeQuietly(client);
        }
        sideEnded();
    }

    /** One side has no more to send: the client (its EOF went on to the VM), or the VM. */
    synchronized void sideEnded() {
        if (--sidesOpen == 0) {
            end();
        }
    }

    /** Closes the channel and the client, whatever either side still had to say. */
    synchronized void end() {
        if (channel != null) {
            channel.close();
        }
        if (client != null) {
            closeQuietly(client);
            onEnd.accept(client);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
