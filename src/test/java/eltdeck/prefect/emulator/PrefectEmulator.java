package eltdeck.prefect.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.DataFetcherExceptionHandler;
import eltdeck.testvm.ChildProcess;
import eltdeck.testvm.ControlEndpoint;
import eltdeck.testvm.JvmInVm;
import eltdeck.testvm.NamespaceVm;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * A Prefect 1 Server for tests: Apollo's port, where every path but {@code /control/} answers GraphQL
 * (validated by graphql-java against the real SDL), and a control endpoint with which a test plays the parts the
 * console does not: tenants, agents, flow registration, the scheduler's loop, how a run plays out.
 * Runs in the test JVM or as its own JVM inside the namespace VM ({@link #main}).
 */
public final class PrefectEmulator implements AutoCloseable {
    static final String READY = "prefect emulator ready on port ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmulatedServer server = new EmulatedServer(Clock.systemUTC());
    private final GraphQL graphQl;
    private final HttpServer http;
    private final List<String> documents = Collections.synchronizedList(new ArrayList<>());
    private volatile RunScript script = RunScript.QUICK_SUCCESS;
    private EmulatedAgent agent;

    private PrefectEmulator(Path sdlDir, InetAddress address, int port) throws IOException {
        this.graphQl = GraphQL.newGraphQL(EmulatorSchema.build(sdlDir, server))
                .defaultDataFetcherExceptionHandler(new ResolverErrors()).build();
        this.http = HttpServer.create(new InetSocketAddress(address, port), 50);
        http.setExecutor(Executors.newCachedThreadPool(EmulatedAgent.daemon("prefect-emulator-http")));
        http.createContext("/", this::graphQl);
        http.createContext("/control/", new ControlEndpoint(this::control));
        http.start();
    }

    /**
     * Starts the emulator as its own JVM inside the namespace VM, on the VM's port 4200 of {@code address} (127.0.0.1,
     * or 0.0.0.0 for containers on the VM too); returns once it serves. Its output goes to {@code log}.
     */
    public static ChildProcess startIn(NamespaceVm vm, Path sdlDir, String address, Path log) {
        return JvmInVm.start(vm, "Prefect emulator in the VM", PrefectEmulator.class,
                List.of("4200", sdlDir.toAbsolutePath().toString(), address), READY + 4200, log);
    }

    /** Listens on 127.0.0.1:port (0 for any). */
    public static PrefectEmulator start(Path sdlDir, int port) throws IOException {
        return new PrefectEmulator(sdlDir, InetAddress.getLoopbackAddress(), port);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/graphql";
    }

    /** Every GraphQL document received so far, in order. */
    public List<String> documents() {
        synchronized (documents) {
            return List.copyOf(documents);
        }
    }

    // ---- what a test does directly (in-process) or through /control/ (in the VM)

    public String createTenant() {
        return server.createTenant(Map.of("name", "default", "slug", "default"));
    }

    public synchronized String startAgent(List<String> labels) {
        stopAgent();
        agent = new EmulatedAgent(server, labels, () -> script);
        return agent.id();
    }

    public synchronized void stopAgent() {
        if (agent != null) {
            agent.close();
            agent = null;
        }
    }

    public void playRunsAs(RunScript next) {
        script = next;
    }

    /**
     * Registers a version of a flow as {@code flow.register(project_name=…)} does: the project is made if needed.
     * {@code flow}: name, project, parameters [{name, required, default}], schedule (stored form) or null,
     * labels, idempotency_key.
     */
    @SuppressWarnings("unchecked")
    public String registerFlow(Map<String, Object> flow) {
        synchronized (server) {
            String projectName = (String) flow.getOrDefault("project", "elt");
            String project = server.tables.where("project", p -> projectName.equals(p.get("name"))).stream()
                    .map(p -> (String) p.get("id")).findFirst().orElseGet(() -> {
                        Object tenant = server.tables.all("tenant").isEmpty() ? null : server.tables.all("tenant").get(0).get("id");
                        if (tenant == null) {
                            throw new IllegalArgumentException("Your Prefect Server instance has no tenants. Create a tenant with"
                                    + " `prefect server create-tenant`");
                        }
                        return server.createProject(Map.of("tenant_id", tenant, "name", projectName));
                    });
            Map<String, Object> serialized = new LinkedHashMap<>();
            serialized.put("name", flow.get("name"));
            serialized.put("parameters", flow.getOrDefault("parameters", List.of()));
            serialized.put("schedule", flow.get("schedule"));
            serialized.put("run_config", Map.of("type", "LocalRun", "labels", flow.getOrDefault("labels", List.of())));
            serialized.put("tasks", List.of(Map.of("name", "etl-step", "slug", "etl-step-1")));
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("serialized_flow", serialized);
            input.put("project_id", project);
            input.put("idempotency_key", flow.get("idempotency_key"));
            return server.createFlow(input);
        }
    }

    public void schedulerLoop() {
        server.schedulerLoop();
    }

    /** The log rows of a run as stored: id and message, in insertion order. */
    public List<Map<String, Object>> logs(String runId) {
        synchronized (server) {
            return server.tables.where("log", l -> runId.equals(l.get("flow_run_id"))).stream()
                    .map(l -> Map.<String, Object>of("id", l.get("id"), "message", l.get("message"))).toList();
        }
    }

    // ---- HTTP

    private void graphQl(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 400, Map.of("errors", List.of(Map.of("message", "GET query missing."))));
                return;
            }
            Map<String, Object> body;
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> parsed = JSON.readValue(exchange.getRequestBody(), Map.class);
                body = parsed;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                send(exchange, 400, Map.of("errors", List.of(Map.of("message", "POST body sent invalid JSON."))));
                return;
            }
            String query = (String) body.get("query");
            documents.add(query);
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = body.get("variables") == null ? Map.of() : (Map<String, Object>) body.get("variables");
            ExecutionResult result = graphQl.execute(ExecutionInput.newExecutionInput().query(query).variables(variables).build());
            Map<String, Object> answer = result.toSpecification();
            // Apollo answers 400 to documents that do not parse or validate, 200 to resolver errors.
            boolean invalid = !result.isDataPresent() && !result.getErrors().isEmpty();
            send(exchange, invalid ? 400 : 200, answer);
        }
    }

    @SuppressWarnings("unchecked")
    private Object control(String op, Map<String, Object> body) {
        return switch (op) {
            case "tenant" -> createTenant();
            case "agent" -> startAgent((List<String>) body.getOrDefault("labels", List.of()));
            case "agent-stop" -> {
                stopAgent();
                yield "stopped";
            }
            case "flow" -> registerFlow(body);
            case "script" -> {
                playRunsAs(RunScript.of(body));
                yield "ok";
            }
            case "scheduler" -> {
                schedulerLoop();
                yield "ok";
            }
            case "logs" -> logs((String) body.get("run_id"));
            default -> throw new IllegalArgumentException("unknown control operation " + op);
        };
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        stopAgent();
        http.stop(0);
    }

    /** A resolver's exception reaches the client as its bare message, as the Python service reports a ValueError. */
    private static final class ResolverErrors implements DataFetcherExceptionHandler {
        @Override
        public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
                graphql.execution.DataFetcherExceptionHandlerParameters params) {
            GraphQLError error = GraphqlErrorBuilder.newError().message(String.valueOf(params.getException().getMessage()))
                    .path(params.getPath()).build();
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
        }
    }

    /**
     * {@code java … PrefectEmulator PORT SDL_DIR [ADDRESS]}: serves until killed, on 127.0.0.1 or on ADDRESS (0.0.0.0
     * where containers on the VM call it as well, as the agent's python3 does through the docker bridge's gateway).
     */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        InetAddress address = args.length > 2 ? InetAddress.getByName(args[2]) : InetAddress.getLoopbackAddress();
        new PrefectEmulator(Path.of(args[1]), address, port);
        System.out.println(READY + port);
        System.out.flush();
    }
}
