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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final Map<Socket, Long> opening = new ConcurrentHashMap<>();
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private volatile ServerSocket server;

    LocalForwarder(int remotePort, int localPort, Supplier<SshLink> link, ExecutorService pumps) {
        this.remotePort = remotePort;
        this.localPort = localPort;
        this.link = link;
        this.pumps = pumps;
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

    /** When the oldest channel open still unanswered started ({@link System#nanoTime()}), or {@link StallWatch#NO_OPEN}. */
    long oldestOpenStarted() {
        return opening.values().stream().mapToLong(Long::longValue).min().orElse(StallWatch.NO_OPEN);
    }

    /** Closes the connections in flight (their channel died with the session); the listener stays. */
    void dropConnections() {
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
     * Opens the connection's channel and copies the client's bytes to the VM until the client stops sending. The
     * thread is then free: the VM's end of the stream (reported on the session thread) finishes the connection, so no
     * thread is held, polling, while the VM sends its last bytes and closes.
     */
    private void carry(Socket client) {
        SshLink current = link.get();
        if (current == null || !current.isConnected()) {
            closeQuietly(client);
            return;
        }
        Connection connection = new Connection(client);
        open.add(client);
        boolean clientEnded = false;
        try {
            client.setTcpNoDelay(true);
            connection.toClient = client.getOutputStream();
            connection.channel = openChannel(current, connection);
            pumpToRemote(client, connection.channel);
            clientEnded = true;
        } catch (IOException e) {
            // The remote port refused, or either side went away: the client sees its connection close.
        } finally {
            if (clientEnded) {
                connection.sideEnded();
            } else {
                connection.end();
            }
        }
    }

    /** Opens the client's channel, noting how long the VM takes to answer (see {@link #oldestOpenStarted()}). */
    private ForwardChannel openChannel(SshLink current, Connection connection) throws IOException {
        opening.put(connection.client, System.nanoTime());
        try {
            return current.openForward(remotePort, connection, CHANNEL_OPEN_TIMEOUT_MS);
        } finally {
            opening.remove(connection.client);
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

    /**
     * One forwarded connection, and the stream JSch writes the VM's bytes to, straight into the client socket. The
     * VM's EOF half-closes the client; once both sides have ended, the channel and the socket are closed.
     */
    private final class Connection extends OutputStream {
        private final Socket client;
        private final AtomicInteger sidesOpen = new AtomicInteger(2);
        private final AtomicBoolean remoteEnded = new AtomicBoolean();
        private volatile OutputStream toClient;
        private volatile ForwardChannel channel;

        Connection(Socket client) {
            this.client = client;
        }

        @Override
        public void write(int b) throws IOException {
            toClient.write(b);
            bytesIn.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            toClient.write(b, off, len);
            bytesIn.addAndGet(len);
        }

        /** JSch's call on the VM's EOF, and again when the channel closes (then also when the link goes down). */
        @Override
        public void close() {
            if (!remoteEnded.compareAndSet(false, true)) {
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
        void sideEnded() {
            if (sidesOpen.decrementAndGet() == 0) {
                end();
            }
        }

        void end() {
            ForwardChannel c = channel;
            if (c != null) {
                c.close();
            }
            open.remove(client);
            closeQuietly(client);
        }
    }
}
