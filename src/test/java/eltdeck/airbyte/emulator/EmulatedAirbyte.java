package eltdeck.airbyte.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of an emulated Airbyte server: one workspace with three connections (two sources, one destination) and
 * the sync jobs started on them. Each operation takes a request body and returns the answer, as the server does.
 */
final class EmulatedAirbyte {
    static final String WORKSPACE = "6a1f0c8e-0000-4000-8000-000000000001";
    static final String POSTGRES = "5b0e6c2a-0000-4000-8000-0000000000a1";
    static final String STRIPE = "5b0e6c2a-0000-4000-8000-0000000000a2";
    static final String SNOWFLAKE = "7c9d1e3f-0000-4000-8000-0000000000b1";
    /** Active, every 24 hours. */
    static final String ORDERS = "2c4e9b1a-0000-4000-8000-00000000abcd";
    /** Active, cron. */
    static final String PAYMENTS = "2c4e9b1a-0000-4000-8000-00000000abce";
    /** Inactive, manual. */
    static final String LEGACY = "2c4e9b1a-0000-4000-8000-00000000abcf";

    private final Clock clock;
    private final Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
    private final List<EmulatedJob> jobs = new ArrayList<>();
    private volatile JobScript script = JobScript.QUICK_SUCCESS;
    private volatile boolean webBackend = true;
    private volatile int finishAfterRunningReads;

    EmulatedAirbyte(Clock clock) {
        this.clock = clock;
        connection(ORDERS, "orders-to-snowflake", POSTGRES, "active", "basic",
                Map.of("basicSchedule", Map.of("timeUnit", "hours", "units", 24)));
        connection(PAYMENTS, "payments-to-snowflake", STRIPE, "active", "cron",
                Map.of("cron", Map.of("cronExpression", "0 0 2 * * ?", "cronTimeZone", "UTC")));
        connection(LEGACY, "legacy-orders", POSTGRES, "inactive", "manual", null);
    }

    private void connection(String id, String name, String source, String status, String scheduleType, Map<String, Object> data) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("connectionId", id);
        c.put("name", name);
        c.put("sourceId", source);
        c.put("destinationId", SNOWFLAKE);
        c.put("status", status);
        c.put("scheduleType", scheduleType);
        if (data != null) {
            c.put("scheduleData", data);
        }
        connections.put(id, c);
    }

    void playJobsAs(JobScript next) {
        script = next;
    }

    /** Ends every running job now, each with its script's outcome. */
    synchronized void finishRunningJobs() {
        long now = now();
        jobs.forEach(job -> job.finish(now));
    }

    /**
     * From now on a job ends, with its script's outcome, once its status ({@code jobs/get_light}) was read as running
     * {@code reads} times: a follower then sees each state, however slowly it polls. 0 turns it off.
     */
    void finishAfterRunningReads(int reads) {
        finishAfterRunningReads = reads;
    }

    private Map<String, Object> statusRead(EmulatedJob j) {
        Map<String, Object> job = j.job(now());
        if (finishAfterRunningReads > 0 && "running".equals(job.get("status")) && j.readRunning() >= finishAfterRunningReads) {
            j.finish(now());
        }
        return Map.of("job", job);
    }

    /** Whether {@code web_backend/connections/list} exists (off: answers 404, as on a server without it). */
    void webBackend(boolean on) {
        webBackend = on;
    }

    private long now() {
        return clock.millis();
    }

    // ---- operations: an answer per path, or an error

    synchronized Answer handle(String path, Map<String, Object> body) {
        return switch (path) {
            case "/api/v1/health" -> Answer.ok(Map.of("available", true));
            case "/api/v1/workspaces/list" -> Answer.ok(Map.of("workspaces", List.of(workspace())));
            case "/api/v1/web_backend/connections/list" -> webBackend ? inWorkspace(body, this::listItem)
                    : Answer.error(404, "Page Not Found");
            case "/api/v1/connections/list" -> inWorkspace(body, this::connectionRead);
            case "/api/v1/sources/get" -> source((String) body.get("sourceId"));
            case "/api/v1/destinations/get" -> SNOWFLAKE.equals(body.get("destinationId")) ? Answer.ok(destination())
                    : Answer.notFound("Could not find destination with id: " + body.get("destinationId"));
            case "/api/v1/connections/sync" -> sync((String) body.get("connectionId"));
            case "/api/v1/jobs/list" -> list(body);
            case "/api/v1/jobs/get_light" -> job(body, this::statusRead);
            case "/api/v1/jobs/get" -> job(body, j -> Map.of("job", j.job(now()), "attempts", j.attempts(now(), true)));
            case "/api/v1/jobs/cancel" -> job(body, j -> {
                j.cancel(now());
                return Map.of("job", j.job(now()), "attempts", j.attempts(now(), true));
            });
            default -> Answer.error(404, "Page Not Found");
        };
    }

    private Answer inWorkspace(Map<String, Object> body, java.util.function.Function<Map<String, Object>, Map<String, Object>> shape) {
        if (!WORKSPACE.equals(body.get("workspaceId"))) {
            return Answer.notFound("Could not find configuration for STANDARD_WORKSPACE: " + body.get("workspaceId") + ".");
        }
        return Answer.ok(Map.of("connections", connections.values().stream().map(shape).toList()));
    }

    private Answer sync(String connectionId) {
        if (!connections.containsKey(connectionId)) {
            return Answer.notFound("Could not find configuration for STANDARD_SYNC: " + connectionId + ".");
        }
        if (running(connectionId).isPresent()) {
            return Answer.error(409, "A sync is already running for: " + connectionId);
        }
        EmulatedJob job = new EmulatedJob(jobs.size() + 100, connectionId, now(), script);
        jobs.add(job);
        return Answer.ok(Map.of("job", job.job(now()), "attempts", job.attempts(now(), true)));
    }

    private Optional<EmulatedJob> running(String connectionId) {
        return jobs.stream().filter(j -> j.connectionId.equals(connectionId) && j.underWay(now())).findFirst();
    }

    private Answer list(Map<String, Object> body) {
        String connectionId = (String) body.get("configId");
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) body.getOrDefault("pagination", Map.of());
        int size = ((Number) page.getOrDefault("pageSize", 200)).intValue();
        int offset = ((Number) page.getOrDefault("rowOffset", 0)).intValue();
        List<EmulatedJob> mine = new ArrayList<>(jobs.stream().filter(j -> j.connectionId.equals(connectionId)).toList());
        java.util.Collections.reverse(mine);
        Object including = body.get("includingJobId");
        if (including instanceof Number id) {
            int at = 0;
            while (at < mine.size() && mine.get(at).id != id.longValue()) {
                at++;
            }
            size = Math.max(size, at + 1);
        }
        List<Map<String, Object>> shown = mine.stream().skip(offset).limit(size)
                .map(j -> Map.<String, Object>of("job", j.job(now()), "attempts", j.attempts(now(), false))).toList();
        return Answer.ok(Map.of("jobs", shown, "totalJobCount", mine.size()));
    }

    private Answer job(Map<String, Object> body, java.util.function.Function<EmulatedJob, Map<String, Object>> shape) {
        long id = ((Number) body.get("id")).longValue();
        return jobs.stream().filter(j -> j.id == id).findFirst().map(shape).map(Answer::ok)
                .orElseGet(() -> Answer.notFound("Could not find job with id: " + id));
    }

    // ---- shapes

    private Map<String, Object> workspace() {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("workspaceId", WORKSPACE);
        w.put("customerId", "0d5e0c8e-0000-4000-8000-0000000000c1");
        w.put("name", "Default Workspace");
        w.put("slug", "default");
        w.put("initialSetupComplete", true);
        return w;
    }

    private Map<String, Object> listItem(Map<String, Object> c) {
        Map<String, Object> item = new LinkedHashMap<>(c);
        item.remove("sourceId");
        item.remove("destinationId");
        Map<String, Object> source = sourceRead((String) c.get("sourceId"));
        item.put("source", snippet(source, "source"));
        item.put("destination", snippet(destination(), "destination"));
        latest((String) c.get("connectionId")).ifPresent(j -> {
            item.put("latestSyncJobCreatedAt", j.job(now()).get("createdAt"));
            item.put("latestSyncJobStatus", j.status(now()));
        });
        item.put("isSyncing", running((String) c.get("connectionId")).isPresent());
        item.put("schemaChange", "no_change");
        return item;
    }

    private Optional<EmulatedJob> latest(String connectionId) {
        return jobs.stream().filter(j -> j.connectionId.equals(connectionId)).reduce((a, b) -> b);
    }

    private static Map<String, Object> snippet(Map<String, Object> read, String kind) {
        return Map.of(kind + "Id", read.get(kind + "Id"), "name", read.get("name"),
                kind + "DefinitionId", read.get(kind + "DefinitionId"), kind + "Name", read.get(kind + "Name"));
    }

    private Map<String, Object> connectionRead(Map<String, Object> c) {
        Map<String, Object> read = new LinkedHashMap<>(c);
        read.put("syncCatalog", Map.of("streams", List.of()));
        read.put("breakingChange", false);
        return read;
    }

    private Answer source(String id) {
        return POSTGRES.equals(id) || STRIPE.equals(id) ? Answer.ok(sourceRead(id))
                : Answer.notFound("Could not find source with id: " + id);
    }

    private Map<String, Object> sourceRead(String id) {
        boolean postgres = POSTGRES.equals(id);
        return Map.of("sourceId", id, "name", postgres ? "Shop Postgres" : "Stripe",
                "sourceDefinitionId", postgres ? "decd338e-5647-4c0b-adf4-da0e75f5a750" : "e094cb9a-26de-4645-8761-65c0c425d1de",
                "sourceName", postgres ? "Postgres" : "Stripe", "workspaceId", WORKSPACE, "connectionConfiguration", Map.of());
    }

    private Map<String, Object> destination() {
        return Map.of("destinationId", SNOWFLAKE, "name", "Warehouse", "destinationDefinitionId",
                "424892c4-daac-4491-b35d-c6688ba547ba", "destinationName", "Snowflake", "workspaceId", WORKSPACE,
                "connectionConfiguration", Map.of());
    }

    /** An HTTP status and a JSON body. */
    record Answer(int status, Object body) {
        static Answer ok(Object body) {
            return new Answer(200, body);
        }

        static Answer notFound(String message) {
            return new Answer(404, Map.of("message", message, "exceptionClassName", "io.airbyte.config.persistence.ConfigNotFoundException"));
        }

        static Answer error(int status, String message) {
            return new Answer(status, Map.of("message", message));
        }
    }
}
