package eltdeck.stack;

import eltdeck.ssh.ForwardChannel;
import eltdeck.ssh.SshLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 request to a port on the VM's loopback through a direct-tcpip channel of the deploy's own SSH link:
 * no local port to find or hold, and it works whether or not the user's tunnels are up.
 */
final class ForwardedHttp {
    private ForwardedHttp() {
    }

    /** The whole response (status line, headers, body), or an exception when the port is closed or silent. */
    static String request(SshLink link, int port, String method, String path, String jsonBody, Duration timeout)
            throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        ForwardChannel ch;
        try {
            ch = link.openForward(port, response, (int) timeout.toMillis());
        } catch (IOException e) {
            throw new IOException("nothing answers on the VM's port " + port + " (" + e.getMessage() + ")", e);
        }
        try {
            byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
                    + (jsonBody == null ? "" : "Content-Type: application/json\r\n") + "Content-Length: " + body.length + "\r\n\r\n";
            OutputStream toVm = ch.toRemote();
            toVm.write(head.getBytes(StandardCharsets.US_ASCII));
            toVm.write(body);
            toVm.flush();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!ch.isClosed() && !ch.remoteEnded() && System.nanoTime() < deadline) {
                sleep();
            }
            return response.toString(StandardCharsets.UTF_8);
        } finally {
            ch.close();
        }
    }

    static int status(String response) {
        String[] parts = response.split(" ", 3);
        try {
            return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
