package eltdeck.airbyte.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eltdeck.testvm.ChildProcess;
import eltdeck.testvm.ControlEndpoint;
import eltdeck.testvm.JvmInVm;
import eltdeck.testvm.NamespaceVm;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Airbyte behind its basic-auth proxy, for tests: {@code /api/v1/...} answers as the config API does (every request
 * first checked against the real OpenAPI spec: a request the spec refuses gets a 400 and is recorded as a
 * violation; every 200 answer checked too), and {@code /control/} lets a test script how sync jobs play out, switch
 * off {@code web_backend} and read the violations. A request without the proxy's credentials gets its 401 HTML page.
 * Runs in the test JVM or as its own JVM inside the namespace VM ({@link #main}).
 */
public final class AirbyteEmulator implements AutoCloseable {
    static final String READY = "airbyte emulator ready on port ";
    public static final String USER = "airbyte";
    public static final String PASSWORD = "s3cret-proxy-pw";
    /** The seeded connections: active every 24 hours, active on a cron, inactive and manual. */
    public static final String ORDERS = EmulatedAirbyte.ORDERS;
    public static final String PAYMENTS = EmulatedAirbyte.PAYMENTS;
    public static final String LEGACY = EmulatedAirbyte.LEGACY;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNAUTHORIZED_PAGE = "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n"
            + "<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx/1.23.2</center>\r\n</body>\r\n</html>\r\n";

    private final EmulatedAirbyte server = new EmulatedAirbyte(Clock.systemUTC());
    private final SpecCheck spec;
    private final String expectedAuth;
    private final HttpServer http;
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicReference<EmulatedAirbyte.Answer> nextAnswer = new java.util.concurrent.atomic.AtomicReference<>();

    private AirbyteEmulator(Path specFile, InetAddress address, int port) throws IOException {
        this.spec = new SpecCheck(specFile);
        this.expectedAuth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        this.http = HttpServer.create(new InetSocketAddress(address, port), 50);
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "airbyte-emulator-http");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", this::api);
        http.createContext("/control/", new ControlEndpoint(this::control));
        http.start();
    }

    /** Listens on 127.0.0.1:port (0 for any), checking against {@code specFile}. */
    public static AirbyteEmulator start(Path specFile, int port) throws IOException {
        return new AirbyteEmulator(specFile, InetAddress.getLoopbackAddress(), port);
    }

    /** Starts the emulator as its own JVM inside the namespace VM on the VM's 127.0.0.1:8001; returns once it serves. */
    public static ChildProcess startIn(NamespaceVm vm, Path specFile, Path log) {
        return JvmInVm.start(vm, "Airbyte emulator in the VM", AirbyteEmulator.class,
                List.of("8001", specFile.toAbsolutePath().toString()), READY + 8001, log);
    }

    /** The API root as the client takes it. */
    public String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api";
    }

    /** Every request or answer the spec refused, as "METHOD path: violation". */
    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /** Every API path called so far, in order ("POST /api/v1/jobs/get_light"). */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void playJobsAs(JobScript script) {
        server.playJobsAs(script);
    }

    /** Ends every running job now, each with the outcome of its script (for a job that runs until ended: {@code runningMs} -1). */
    public void finishRunningJobs() {
        server.finishRunningJobs();
    }

    /** A job ends, with its script's outcome, once its status was read as running {@code reads} times (0: off). */
    public void finishAfterRunningReads(int reads) {
        server.finishAfterRunningReads(reads);
    }

    public void webBackend(boolean on) {
        server.webBackend(on);
    }

    /** The next valid API request gets this error answer instead of the server's (as a 422 or 500 of the real one). */
    public void answerNextWith(int status, Map<String, Object> body) {
        nextAnswer.set(new EmulatedAirbyte.Answer(status, body));
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Airbyte\"");
                send(exchange, 401, "text/html", UNAUTHORIZED_PAGE.getBytes(StandardCharsets.UTF_8));
                return;
            }
            requests.add(method + " " + path);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            List<String> refused = spec.request(method, path, exchange.getRequestHeaders().getFirst("Content-Type"), body);
            if (!refused.isEmpty()) {
                refused.forEach(v -> violations.add(method + " " + path + ": " + v));
                sendJson(exchange, 400, Map.of("message", "Invalid request: " + String.join("; ", refused)));
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = body.isBlank() ? Map.of() : JSON.readValue(body, Map.class);
            EmulatedAirbyte.Answer scripted = nextAnswer.getAndSet(null);
            EmulatedAirbyte.Answer answer = scripted != null ? scripted : server.handle(path, parsed);
            String json = JSON.writeValueAsString(answer.body());
            if (answer.status() == 200) {
                spec.response(method, path, 200, json).forEach(v -> violations.add("answer to " + method + " " + path + ": " + v));
            }
            send(exchange, answer.status(), "application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Object control(String op, Map<String, Object> body) {
        return switch (op) {
            case "script" -> {
                playJobsAs(JobScript.of(body));
                yield "ok";
            }
            case "web-backend" -> {
                webBackend(Boolean.TRUE.equals(body.get("on")));
                yield "ok";
            }
            case "violations" -> violations();
            case "requests" -> requests();
            default -> throw new IllegalArgumentException("unknown control operation " + op);
        };
    }

    private static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }

    /** {@code java … AirbyteEmulator PORT SPEC_FILE}: serves on 127.0.0.1 until killed. */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        new AirbyteEmulator(Path.of(args[1]), InetAddress.getLoopbackAddress(), port);
        System.out.println(READY + port);
        System.out.flush();
    }
}
