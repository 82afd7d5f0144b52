package eltdeck.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Sends a fixed number of bytes to every connection, then closes it: the "big download" of the benchmark. */
final class BulkServer implements AutoCloseable {
    private final ServerSocket server;
    private final long bytes;

    BulkServer(long bytes) throws IOException {
        this.bytes = bytes;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serve, "bulk-server");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        byte[] chunk = new byte[256 * 1024];
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                OutputStream out = s.getOutputStream();
                for (long left = bytes; left > 0; left -= chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, left));
                }
            } catch (IOException e) {
                // Next connection (or closed).
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
