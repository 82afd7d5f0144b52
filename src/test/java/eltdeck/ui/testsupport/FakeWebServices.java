package eltdeck.ui.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Tiny HTTP servers on loopback standing in for the stack's services: each answers "NAME ok". */
public final class FakeWebServices implements AutoCloseable {
    private final List<HttpServer> servers = new ArrayList<>();

    /** @param ports 0 for a free port each */
    public static FakeWebServices start(List<String> names, List<Integer> ports) throws IOException {
        FakeWebServices services = new FakeWebServices();
        try {
            for (int i = 0; i < names.size(); i++) {
                services.add(names.get(i), ports.get(i));
            }
        } catch (IOException e) {
            services.close();
            throw e;
        }
        return services;
    }

    private void add(String name, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        byte[] body = (name + " ok\n").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        servers.add(server);
    }

    public int port(int index) {
        return servers.get(index).getAddress().getPort();
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
    }
}
