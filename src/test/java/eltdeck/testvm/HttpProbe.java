package eltdeck.testvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * GET http://127.0.0.1:PORT/ over a plain socket, a new connection each time: nothing is pooled, so a
 * success proves the forward carries HTTP right now.
 */
public final class HttpProbe {
    private HttpProbe() {
    }

    /** The response body of a 200; throws for anything else. */
    public static String get(int port, Duration timeout) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) timeout.toMillis());
            s.setSoTimeout((int) timeout.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.0\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            if (!response.startsWith("HTTP/1.") || split < 0 || !response.substring(0, split).split("\r\n")[0].contains(" 200 ")) {
                throw new IOException("Not a 200 response from 127.0.0.1:" + port + ": '" + response + "'");
            }
            return response.substring(split + 4);
        }
    }

    /** True when the port answers 200 with exactly this body. */
    public static boolean answers(int port, String body, Duration timeout) {
        try {
            return get(port, timeout).equals(body);
        } catch (IOException e) {
            return false;
        }
    }
}
