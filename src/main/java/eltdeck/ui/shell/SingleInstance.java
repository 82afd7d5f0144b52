package eltdeck.ui.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window per data directory. The first app holds a lock on {@code eltdeck.lock} there and listens on the
 * Unix-domain socket {@code eltdeck.sock} beside it; a later launch finds the lock taken and hands its request
 * (show the window, perhaps with a profile to select) over that socket instead of starting a second app that would
 * fight for the same local ports and database. The operating system drops the lock when its process ends, so a crash
 * never blocks the next launch; the socket file a crash leaves behind is replaced by the next app that gets the lock.
 */
public final class SingleInstance implements AutoCloseable {
    static final String LOCK_FILE = "eltdeck.lock";
    static final String SOCKET_FILE = "eltdeck.sock";
    private static final String OPEN = "open";
    private static final String DONE = "ok";
    /** How long a later launch waits for a first app that holds the lock but has not bound its socket yet. */
    private static final long CONNECT_PATIENCE_MS = 5000;
    private static final long CONNECT_RETRY_MS = 100;

    private final FileChannel lockFile;
    private final FileLock lock;
    private final Path socketPath;
    private final ServerSocketChannel server;

    private SingleInstance(FileChannel lockFile, FileLock lock, Path socketPath, ServerSocketChannel server) {
        this.lockFile = lockFile;
        this.lock = lock;
        this.socketPath = socketPath;
        this.server = server;
    }

    /**
     * Takes the data directory for this app: empty when another app holds it. Requests that arrive before
     * {@link #listen} wait in the socket's queue.
     */
    public static Optional<SingleInstance> claim(Path home) {
        try {
            Files.createDirectories(home);
            FileChannel channel = FileChannel.open(home.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            Path socket = home.resolve(SOCKET_FILE);
            return Optional.of(new SingleInstance(channel, lock, socket, bind(socket)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot lock the data directory " + home + ": " + e.getMessage()
                    + ". Check that it is writable, or set ELTDECK_HOME to a directory that is.", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM already
        }
    }

    /** The socket, or null where it cannot be made (the lock alone then keeps a second app out). */
    private static ServerSocketChannel bind(Path socket) {
        try {
            Files.deleteIfExists(socket); // left by an app that crashed: we hold the lock, so nobody listens there
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            return server;
        } catch (IOException | UnsupportedOperationException e) {
            log().warn("Cannot listen on {} ({}): a second launch cannot bring this window to the front", socket, e.getMessage());
            return null;
        }
    }

    /**
     * Answers later launches on a thread of its own: {@code onOpen} gets the profile name each asked for ("" for
     * none), on that thread.
     */
    public void listen(Consumer<String> onOpen) {
        if (server == null) {
            return;
        }
        Thread acceptor = new Thread(() -> accept(onOpen), "single-instance");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(Consumer<String> onOpen) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
                if (OPEN.equals(in.readLine())) {
                    String profile = in.readLine();
                    onOpen.accept(profile == null ? "" : profile);
                    Writer out = new OutputStreamWriter(Channels.newOutputStream(client), StandardCharsets.UTF_8);
                    out.write(DONE + "\n");
                    out.flush();
                }
            } catch (IOException e) {
                if (server.isOpen()) {
                    log().warn("A second launch could not hand over: {}", e.getMessage());
                }
            }
        }
    }

    /**
     * Asks the app that holds {@code home} to show its window and select {@code profile} ("" for none). False when
     * no app answers there (it is still starting and never bound its socket, or it could not make one).
     */
    public static boolean handOver(Path home, String profile) {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(home.resolve(SOCKET_FILE));
        long giveUp = System.nanoTime() + CONNECT_PATIENCE_MS * 1_000_000;
        while (true) {
            try (SocketChannel channel = SocketChannel.open(address)) {
                Writer out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
                out.write(OPEN + "\n" + profile.replace('\n', ' ') + "\n");
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
                return DONE.equals(in.readLine());
            } catch (IOException e) {
                if (System.nanoTime() > giveUp) {
                    return false;
                }
                pause(); // the first app may have the lock but not its socket yet
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(CONNECT_RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops answering and frees the data directory for the next app. */
    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
                Files.deleteIfExists(socketPath);
            }
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            log().warn("Could not release {}: {}", socketPath.getParent(), e.getMessage());
        }
    }

    /** Looked up when first wanted, not when the class loads: the launcher's thread claims the data directory before
     *  the window starts, and starting the logging there would hold the window back (it starts with the database). */
    private static Logger log() {
        return LoggerFactory.getLogger(SingleInstance.class);
    }
}
