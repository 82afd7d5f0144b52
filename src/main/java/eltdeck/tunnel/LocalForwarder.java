package eltdeck.tunnel;

import eltdeck.ssh.ForwardChannel;
import eltdeck.ssh.SshLink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Listens on 127.0.0.1:localPort and carries each accepted connection over its own direct-tcpip channel
 * with a large window. The listener outlives reconnects, so the forward comes back on the same port.
 */
final class LocalForwarder implements AutoCloseable {
    private static final int CHANNEL_OPEN_TIMEOUT_MS = 10_000;
    /**
     * One copy buffer per pool thread, reused connection after connection: a buffer per connection made every small
     * request allocate (and, on a fresh heap, page in) tens of KiB. 32 KiB is what sshd takes per channel packet.
     */
    private static final ThreadLocal<byte[]> COPY_BUFFER = ThreadLocal.withInitial(() -> new byte[32 * 1024]);

    private final int remotePort;
    private final int localPort;
    private final Supplier<SshLink> link;
    private final ExecutorService pumps;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    /** When each connection still waiting for its channel's open started (nanoTime): a long wait means a stalled link. */
    private final Map<ForwardedConnection, Long> opening = new ConcurrentHashMap<>();
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private final AheadChannel ahead;
    private volatile ServerSocket server;

    LocalForwarder(int remotePort, int localPort, Supplier<SshLink> link, ExecutorService pumps) {
        this.remotePort = remotePort;
        this.localPort = localPort;
        this.link = link;
        this.pumps = pumps;
        this.ahead = new AheadChannel(pumps, this::openAhead);
    }

    /** Binds the loopback listener; throws when the port is taken. */
    void bind() throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort), 128);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        server = s;
        pumps.execute(this::acceptNext);
    }

    boolean isBound() {
        ServerSocket s = server;
        return s != null && !s.isClosed();
    }

    /** The port asked for, or the one the system chose when that was 0. */
    int localPort() {
        ServerSocket s = server;
        return localPort == 0 && s != null ? s.getLocalPort() : localPort;
    }

    long bytesIn() {
        return bytesIn.get();
    }

    long bytesOut() {
        return bytesOut.get();
    }

    int openConnections() {
        return open.size();
    }

    /** Whether a channel to the remote port is open ahead, ready for the next connection. */
    boolean holdsChannelAhead() {
        return ahead.holds();
    }

    /** How many channels were opened ahead of a connection so far. */
    int channelsOpenedAhead() {
        return ahead.opened();
    }

    /** When the oldest channel open still unanswered started ({@link System#nanoTime()}), or {@link StallWatch#NO_OPEN}. */
    long oldestOpenStarted() {
        return opening.values().stream().mapToLong(Long::longValue).min().orElse(StallWatch.NO_OPEN);
    }

    /** Closes the connections in flight (their channel died with the session); the listener stays. */
    void dropConnections() {
        ahead.drop();
        for (Socket s : open) {
            closeQuietly(s);
        }
    }

    /**
     * Waits for the next connection and carries it in this same thread, once another pool thread has taken over the
     * waiting: a new connection then starts without a hand-off between threads, which costs most on a busy machine.
     */
    private void acceptNext() {
        ServerSocket s = server;
        while (!s.isClosed()) {
            Socket client;
            try {
                client = s.accept();
            } catch (IOException e) {
                continue;
            }
            try {
                pumps.execute(this::acceptNext);
            } catch (RejectedExecutionException e) {
                closeQuietly(client);
                return;
            }
            carry(client);
            return;
        }
    }

    /**
     * Gives the client the channel opened ahead (or a new one) and copies the client's bytes to the VM until the client
     * stops sending. The thread is then free: the VM's end of the stream (reported on the session thread) finishes
     * the connection, so no thread is held, polling, while the VM sends its last bytes and closes.
     */
    private void carry(Socket client) {
        SshLink current = link.get();
        if (current == null || !current.isConnected()) {
            closeQuietly(client);
            return;
        }
        open.add(client);
        ForwardedConnection connection = null;
        boolean clientEnded = false;
        try {
            client.setTcpNoDelay(true);
            connection = connectionFor(current, client);
            ahead.refill(current);
            pumpToRemote(client, connection.channel());
            clientEnded = true;
        } catch (IOException e) {
            // The remote port refused, or either side went away: the client sees its connection close.
        } finally {
            if (connection == null) {
                open.remove(client);
                closeQuietly(client);
            } else if (clientEnded) {
                connection.sideEnded();
            } else {
                connection.end();
            }
        }
    }

    /** The channel opened ahead when it is still good, else a new one: either way attached to {@code client}. */
    private ForwardedConnection connectionFor(SshLink current, Socket client) throws IOException {
        ForwardedConnection ready = ahead.take(current);
        if (ready != null) {
            if (ready.attach(client)) {
                return ready;
            }
            ready.end();
        }
        ForwardedConnection fresh = openConnection(current);
        if (!fresh.attach(client)) {
            fresh.end();
            throw new IOException("The VM closed the connection at once");
        }
        return fresh;
    }

    /** Opens a channel, noting how long the VM takes to answer (see {@link #oldestOpenStarted()}). */
    private ForwardedConnection openConnection(SshLink current) throws IOException {
        ForwardedConnection connection = new ForwardedConnection(bytesIn, open::remove);
        opening.put(connection, System.nanoTime());
        try {
            connection.opened(current.openForward(remotePort, connection, CHANNEL_OPEN_TIMEOUT_MS));
            return connection;
        } finally {
            opening.remove(connection);
        }
    }

    /** For {@link AheadChannel}: a channel opened in the background, or null when the VM refused or the link is down. */
    private ForwardedConnection openAhead(SshLink current) {
        try {
            return current.isConnected() ? openConnection(current) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void pumpToRemote(Socket client, ForwardChannel channel) throws IOException {
        InputStream in = client.getInputStream();
        OutputStream toRemote = channel.toRemoteFromThisThread();
        byte[] buf = COPY_BUFFER.get();
        int n;
        while ((n = in.read(buf)) > 0) {
            toRemote.write(buf, 0, n);
            toRemote.flush();
            bytesOut.addAndGet(n);
        }
        toRemote.close();
    }

    @Override
    public void close() {
        ServerSocket s = server;
        if (s != null) {
            closeQuietly(s);
        }
        dropConnections();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
