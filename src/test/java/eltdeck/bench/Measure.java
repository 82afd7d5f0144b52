package eltdeck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The two measurements of the tunnel benchmark, each against an address and port (a tunnel's, or the server's itself). */
final class Measure {
    private static final byte[] REQUEST = "GET / HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** Reused (the benchmark measures from one thread), so that the client's own garbage does not add noise. */
    private static final byte[] DOWNLOAD_BUFFER = new byte[256 * 1024];
    private static final byte[] ANSWER_BUFFER = new byte[8192];

    private Measure() {
    }

    /** Reads everything the bulk server sends on one connection; returns MiB/s. */
    static double throughputMiBs(InetAddress host, int port) throws IOException {
        long start = System.nanoTime();
        long total = 0;
        try (Socket s = new Socket(host, port)) {
            InputStream in = s.getInputStream();
            byte[] buf = DOWNLOAD_BUFFER;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return total / 1048576.0 / seconds;
    }

    /** One small HTTP request on a fresh connection, as a browser's first request is; returns milliseconds. */
    static double requestMillis(InetAddress host, int port) throws IOException {
        long start = System.nanoTime();
        try (Socket s = new Socket(host, port)) {
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            out.write(REQUEST);
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = ANSWER_BUFFER;
            int n;
            int total = 0;
            while ((n = in.read(buf)) > 0) {
                total += n;
            }
            if (total == 0) {
                throw new IOException("empty HTTP answer on " + host.getHostAddress() + ":" + port);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
