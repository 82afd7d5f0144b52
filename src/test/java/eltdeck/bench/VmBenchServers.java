package eltdeck.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The two servers the tunnel benchmark reaches, run as their own JVM inside the namespace VM on all of its
 * addresses (the tunnels reach them on the VM's loopback, the direct route on its veth address): a "bulk"
 * server that sends a fixed number of bytes to every connection and closes it, and a small HTTP server that
 * answers every request with a short page and closes, as a web UI's API answers do.
 */
final class VmBenchServers {
    static final String READY = "bench servers ready";
    private static final byte[] PAGE = ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n"
            + "Connection: close\r\n\r\nhello tunnel").getBytes(StandardCharsets.US_ASCII);

    private VmBenchServers() {
    }

    /** Arguments: bulk bytes, bulk port, HTTP port. */
    public static void main(String[] args) throws IOException {
        long bytes = Long.parseLong(args[0]);
        ServerSocket bulk = listen(Integer.parseInt(args[1]));
        ServerSocket http = listen(Integer.parseInt(args[2]));
        start("bulk-server", () -> serve(bulk, s -> sendBulk(s, bytes)));
        start("http-server", () -> serve(http, VmBenchServers::answer));
        System.out.println(READY);
        System.out.flush();
    }

    private static ServerSocket listen(int port) throws IOException {
        return new ServerSocket(port, 128); // every address, IPv4 and IPv6: "localhost" may resolve to either
    }

    private static void start(String name, Runnable loop) {
        Thread t = new Thread(loop, name);
        t.start();
    }

    private static void serve(ServerSocket server, Handler handler) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setTcpNoDelay(true);
                handler.handle(s);
            } catch (IOException e) {
                // The client went away; next connection.
            }
        }
    }

    private static void sendBulk(Socket s, long bytes) throws IOException {
        byte[] chunk = new byte[256 * 1024];
        OutputStream out = s.getOutputStream();
        for (long left = bytes; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    /** Reads the request head, answers, and closes. */
    private static void answer(Socket s) throws IOException {
        InputStream in = new BufferedInputStream(s.getInputStream());
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        OutputStream out = s.getOutputStream();
        out.write(PAGE);
        out.flush();
    }

    @FunctionalInterface
    private interface Handler {
        void handle(Socket s) throws IOException;
    }
}
