package eltdeck.testvm;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for one of the stack's web services (Airbyte, Prefect): answers every request with 200 and a
 * body naming its port. Runs in the test JVM, or as its own JVM inside the namespace VM ({@link #main}).
 */
public final class HttpStandIn implements AutoCloseable {
    static final String READY = "stand-in ready on port ";
    private final HttpServer server;

    private HttpStandIn(HttpServer server) {
        this.server = server;
    }

    /** Listens on 127.0.0.1:port (0 for a free port; the body names the port it got). */
    public static HttpStandIn start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        byte[] body = bodyFor(server.getAddress().getPort()).getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new HttpStandIn(server);
    }

    public static String bodyFor(int port) {
        return "ELT Deck test stand-in on port " + port;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * Starts {@link #main} in its own small JVM, prefixed by {@code launcher} (e.g. {@code ip netns exec NAME}).
     * Call {@link #awaitReady} once all are started, so several JVMs start side by side.
     */
    public static ChildProcess launch(List<String> launcher, int port, Path log) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", testClasses(), HttpStandIn.class.getName(), String.valueOf(port)));
        return ChildProcess.start("HTTP stand-in :" + port, command, log);
    }

    public static void awaitReady(ChildProcess standIn, int port) {
        standIn.awaitOutput(READY + port, Duration.ofSeconds(30));
    }

    private static String testClasses() {
        String dir = System.getProperty("eltdeck.test.classes");
        if (dir != null && !dir.isBlank()) {
            return dir;
        }
        try {
            return Path.of(HttpStandIn.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code java … HttpStandIn PORT}: serves until killed. */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        start(port);
        System.out.println(READY + port);
        System.out.flush();
    }
}
