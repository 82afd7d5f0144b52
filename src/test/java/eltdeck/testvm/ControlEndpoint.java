package eltdeck.testvm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * An emulator's {@code /control/OP} endpoint, with which a test plays the parts the console does not: the JSON body
 * goes to the operation named by the path, which answers {@code {"result": …}}, or 400 {@code {"error": …}} when it
 * throws.
 */
public final class ControlEndpoint implements HttpHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The emulator's operations: what {@code op} does with {@code body}. */
    @FunctionalInterface
    public interface Operations {
        Object run(String op, Map<String, Object> body);
    }

    private final Operations operations;

    public ControlEndpoint(Operations operations) {
        this.operations = operations;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String op = exchange.getRequestURI().getPath().substring("/control/".length());
            byte[] raw = exchange.getRequestBody().readAllBytes();
            Map<String, Object> body = raw.length == 0 ? Map.of() : JSON.readValue(raw, Map.class);
            try {
                reply(exchange, 200, Map.of("result", operations.run(op, body)));
            } catch (RuntimeException e) {
                reply(exchange, 400, Map.of("error", String.valueOf(e.getMessage())));
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
