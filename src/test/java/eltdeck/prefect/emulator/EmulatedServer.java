package eltdeck.prefect.emulator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What Prefect 1 Server does on each mutation the console (and the agent, and flow registration) sends, as the
 * reference describes it: versions and archiving, whole-set schedules, per-version on/off, the scheduler's
 * runs, parameter merging, idempotency, cancelling, logs. Every method runs under the tables' lock.
 */
final class EmulatedServer {
    static final Set<String> FINISHED = Set.of("Success", "Cached", "Mapped", "Skipped", "Failed", "TimedOut",
            "TriggerFailed", "ValidationFailed", "Cancelled", "Looped", "Finished");
    private static final Set<String> SETS_END_TIME = Set.of("Success", "Failed", "Cached", "TimedOut", "Looped", "Cancelled");
    private static final int SCHEDULED_AHEAD = 10;

    final HasuraTables tables = new HasuraTables();
    private final Clock clock;
    private final AtomicInteger runNames = new AtomicInteger();

    EmulatedServer(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    // ---- tenants, agents, projects

    synchronized String createTenant(Map<String, Object> input) {
        String slug = (String) input.get("slug");
        if (tables.all("tenant").stream().anyMatch(t -> slug.equals(t.get("slug")))) {
            throw new IllegalArgumentException("Uniqueness violation.");
        }
        return insert("tenant", row("name", input.get("name"), "slug", slug));
    }

    synchronized String registerAgent(Map<String, Object> input) {
        String tenant = (String) input.get("tenant_id");
        if (tenant == null) {
            tenant = soleTenant();
        } else if (tables.byId("tenant", tenant) == null) {
            throw new IllegalArgumentException("Tenant " + tenant + " not found");
        }
        Object labels = input.get("labels") == null ? List.of() : input.get("labels");
        return insert("agent", row("tenant_id", tenant, "name", input.get("name"), "type", input.get("type"), "labels", labels,
                "core_version", "1.4.1", "last_queried", now()));
    }

    synchronized void agentQueried(String agentId) {
        tables.byId("agent", agentId).put("last_queried", now());
    }

    synchronized String createProject(Map<String, Object> input) {
        String tenant = (String) input.get("tenant_id");
        if (tables.byId("tenant", tenant) == null) {
            throw new IllegalArgumentException("Tenant " + tenant + " not found");
        }
        return insert("project", row("tenant_id", tenant, "name", input.get("name"), "description", input.get("description")));
    }

    private String soleTenant() {
        if (tables.all("tenant").isEmpty()) {
            throw new IllegalArgumentException("Your Prefect Server instance has no tenants. Create a tenant with"
                    + " `prefect server create-tenant`");
        }
        return (String) tables.all("tenant").get(0).get("id");
    }

    // ---- flows

    /**
     * create_flow: a new version in its version group (named by {@code version_group_id}, else by name and project),
     * every older version archived; the schedule is switched on unless {@code set_schedule_active} is false.
     */
    @SuppressWarnings("unchecked")
    synchronized String createFlow(Map<String, Object> input) {
        Map<String, Object> serialized = (Map<String, Object>) input.get("serialized_flow");
        String projectId = (String) input.get("project_id");
        Map<String, Object> project = tables.byId("project", projectId);
        if (project == null) {
            throw new IllegalArgumentException("Project " + projectId + " not found");
        }
        String name = (String) serialized.get("name");
        String versionGroup = (String) input.get("version_group_id");
        List<Map<String, Object>> group = tables.where("flow", f -> versionGroup != null ? versionGroup.equals(f.get("version_group_id"))
                : name.equals(f.get("name")) && projectId.equals(f.get("project_id")));
        Map<String, Object> newest = group.stream().max((a, b) -> Integer.compare((Integer) a.get("version"), (Integer) b.get("version")))
                .orElse(null);
        String idempotencyKey = (String) input.get("idempotency_key");
        if (newest != null && idempotencyKey != null && idempotencyKey.equals(newest.get("idempotency_key"))) {
            return (String) newest.get("id");
        }
        String groupId = newest != null ? (String) newest.get("version_group_id") : versionGroup != null ? versionGroup : UUID.randomUUID().toString();
        String flowGroupId = newest != null ? (String) newest.get("flow_group_id")
                : insert("flow_group", row("tenant_id", project.get("tenant_id"), "name", groupId, "labels", null, "schedule", null,
                        "default_parameters", new LinkedHashMap<>(), "settings", new LinkedHashMap<>(), "run_config", null, "updated", now()));
        group.forEach(this::archive);
        Object schedule = serialized.get("schedule");
        boolean active = !Boolean.FALSE.equals(input.get("set_schedule_active"))
                && (schedule != null || tables.byId("flow_group", flowGroupId).get("schedule") != null);
        String id = insert("flow", row("tenant_id", project.get("tenant_id"), "project_id", projectId, "flow_group_id", flowGroupId,
                "name", name, "version", newest == null ? 1 : (Integer) newest.get("version") + 1, "version_group_id", groupId,
                "archived", false, "is_schedule_active", active, "schedule", schedule,
                "parameters", serialized.getOrDefault("parameters", List.of()), "core_version", "1.4.1",
                "run_config", serialized.get("run_config"), "storage", null, "description", input.get("description"),
                "idempotency_key", idempotencyKey, "updated", now()));
        for (Map<String, Object> task : (List<Map<String, Object>>) serialized.getOrDefault("tasks", List.of())) {
            insert("task", row("flow_id", id, "name", task.get("name"), "slug", task.get("slug")));
        }
        if (active) {
            scheduleRuns(tables.byId("flow", id));
        }
        return id;
    }

    /** Archiving deletes the flow's auto-scheduled runs and cancels its ad-hoc scheduled ones. */
    private void archive(Map<String, Object> flow) {
        flow.put("archived", true);
        flow.put("is_schedule_active", false);
        deleteAutoScheduled(r -> r.get("flow_id").equals(flow.get("id")));
        for (Map<String, Object> run : tables.where("flow_run", r -> r.get("flow_id").equals(flow.get("id")) && "Scheduled".equals(r.get("state")))) {
            setState(run, "Cancelled", "Flow was archived.");
        }
    }

    @SuppressWarnings("unchecked")
    synchronized boolean setFlowGroupSchedule(Map<String, Object> input) {
        Map<String, Object> group = flowGroup(input);
        String tz = (String) input.get("timezone");
        Map<String, Object> startDate = null;
        if (tz != null) {
            ZoneId zone = zone(tz);
            startDate = row("dt", LocalDateTime.ofInstant(now(), zone).toString(), "tz", tz);
        }
        List<Map<String, Object>> clocks = new ArrayList<>();
        for (Map<String, Object> cron : (List<Map<String, Object>>) input.getOrDefault("cron_clocks", List.of())) {
            String expression = (String) cron.get("cron");
            try {
                EmulatedClocks.CRON.parse(expression);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid cron string: " + expression);
            }
            Map<String, Object> clock = new LinkedHashMap<>(cron);
            clock.put("type", "CronClock");
            clock.put("start_date", startDate);
            clocks.add(clock);
        }
        for (Map<String, Object> interval : (List<Map<String, Object>>) input.getOrDefault("interval_clocks", List.of())) {
            int seconds = (Integer) interval.get("interval");
            if (seconds < 60) {
                throw new IllegalArgumentException("Interval can not be less than one minute when deploying to Prefect Cloud.");
            }
            Map<String, Object> clock = new LinkedHashMap<>();
            clock.put("type", "IntervalClock");
            clock.put("interval", (long) seconds * 1_000_000L);
            Object defaults = interval.get("parameter_defaults");
            if (defaults instanceof Map<?, ?> m && !m.isEmpty()) {
                clock.put("parameter_defaults", defaults);
            }
            clock.put("start_date", startDate);
            clocks.add(clock);
        }
        group.put("schedule", Map.of("type", "Schedule", "clocks", clocks));
        group.put("updated", now());
        deleteAutoScheduled(r -> flowOf(r).get("flow_group_id").equals(group.get("id")));
        return true;
    }

    synchronized boolean deleteFlowGroupSchedule(Map<String, Object> input) {
        Map<String, Object> group = flowGroup(input);
        group.put("schedule", null);
        deleteAutoScheduled(r -> flowOf(r).get("flow_group_id").equals(group.get("id")));
        return true;
    }

    synchronized boolean setDefaultParameters(Map<String, Object> input) {
        Map<String, Object> group = flowGroup(input);
        if (!(input.get("parameters") instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("parameters must be a JSON object");
        }
        group.put("default_parameters", input.get("parameters"));
        return true;
    }

    /** set_schedule_active: success false for an unknown flow or one with no schedule at all. */
    @SuppressWarnings("unchecked")
    synchronized boolean setScheduleActive(String flowId) {
        Map<String, Object> flow = tables.byId("flow", flowId);
        if (flow == null) {
            return false;
        }
        Map<String, Object> group = tables.byId("flow_group", flow.get("flow_group_id"));
        if (flow.get("schedule") == null && group.get("schedule") == null) {
            return false;
        }
        Map<String, Object> defaults = (Map<String, Object>) group.get("default_parameters");
        // The server's quirk: only the clocks of the flow code's own schedule count here.
        List<Map<String, Object>> codeClocks = flow.get("schedule") == null ? List.of()
                : (List<Map<String, Object>>) ((Map<String, Object>) flow.get("schedule")).get("clocks");
        for (String required : requiredParameters(flow)) {
            boolean byDefaults = defaults != null && defaults.containsKey(required);
            boolean byClocks = !codeClocks.isEmpty() && codeClocks.stream().allMatch(c -> c.get("parameter_defaults") instanceof Map<?, ?> m
                    && m.containsKey(required));
            if (!byDefaults && !byClocks) {
                throw new IllegalArgumentException("Can not schedule a flow that has required parameters.");
            }
        }
        flow.put("is_schedule_active", true);
        scheduleRuns(flow);
        return true;
    }

    synchronized boolean setScheduleInactive(String flowId) {
        Map<String, Object> flow = tables.byId("flow", flowId);
        if (flow == null) {
            return false;
        }
        flow.put("is_schedule_active", false);
        deleteAutoScheduled(r -> r.get("flow_id").equals(flowId));
        return true;
    }

    /** The scheduler's loop: every active flow gets its next runs. */
    synchronized void schedulerLoop() {
        for (Map<String, Object> flow : tables.where("flow", f -> !(Boolean) f.get("archived") && Boolean.TRUE.equals(f.get("is_schedule_active")))) {
            scheduleRuns(flow);
        }
    }

    @SuppressWarnings("unchecked")
    private void scheduleRuns(Map<String, Object> flow) {
        Map<String, Object> group = tables.byId("flow_group", flow.get("flow_group_id"));
        Map<String, Object> schedule = (Map<String, Object>) (group.get("schedule") != null ? group.get("schedule") : flow.get("schedule"));
        if (schedule == null) {
            return;
        }
        Instant now = now();
        List<Map<String, Object>> events = new ArrayList<>();
        for (Map<String, Object> clock : (List<Map<String, Object>>) schedule.get("clocks")) {
            for (Instant at : EmulatedClocks.next(clock, now, SCHEDULED_AHEAD)) {
                events.add(row("at", at, "clock", clock));
            }
        }
        events.sort((a, b) -> ((Instant) a.get("at")).compareTo((Instant) b.get("at")));
        for (Map<String, Object> event : events.subList(0, Math.min(SCHEDULED_AHEAD, events.size()))) {
            String key = "auto-scheduled:" + event.get("at");
            if (tables.where("flow_run", r -> r.get("flow_id").equals(flow.get("id")) && key.equals(r.get("idempotency_key"))).isEmpty()) {
                Map<String, Object> clock = (Map<String, Object>) event.get("clock");
                Object params = clock.get("parameter_defaults") == null ? Map.of() : clock.get("parameter_defaults");
                newRun(flow, (Map<String, Object>) params, null, (Instant) event.get("at"), key, null, true);
            }
        }
    }

    private void deleteAutoScheduled(java.util.function.Predicate<Map<String, Object>> which) {
        Set<Object> gone = new HashSet<>();
        for (Map<String, Object> run : tables.where("flow_run", r -> Boolean.TRUE.equals(r.get("auto_scheduled"))
                && "Scheduled".equals(r.get("state")) && which.test(r))) {
            gone.add(run.get("id"));
        }
        tables.delete("flow_run", r -> gone.contains(r.get("id")));
        tables.delete("flow_run_state", s -> gone.contains(s.get("flow_run_id")));
    }

    // ---- runs

    @SuppressWarnings("unchecked")
    synchronized String createFlowRun(Map<String, Object> input) {
        Map<String, Object> flow;
        if (input.get("flow_id") != null) {
            flow = tables.byId("flow", input.get("flow_id"));
            if (flow == null) {
                throw new IllegalArgumentException("Flow " + input.get("flow_id") + " not found");
            }
            if ((Boolean) flow.get("archived")) {
                throw new IllegalArgumentException("Flow " + flow.get("id") + " is archived.");
            }
        } else if (input.get("version_group_id") != null) {
            flow = tables.where("flow", f -> input.get("version_group_id").equals(f.get("version_group_id")) && !(Boolean) f.get("archived"))
                    .stream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "No unarchived flows found in version group " + input.get("version_group_id")));
        } else {
            throw new IllegalArgumentException("A flow id or version group ID must be provided.");
        }
        String key = (String) input.get("idempotency_key");
        if (key != null) {
            List<Map<String, Object>> same = tables.where("flow_run", r -> key.equals(r.get("idempotency_key")) && r.get("flow_id").equals(flow.get("id")));
            if (!same.isEmpty()) {
                return (String) same.get(0).get("id");
            }
        }
        Map<String, Object> params = input.get("parameters") == null ? Map.of() : (Map<String, Object>) input.get("parameters");
        Instant start = input.get("scheduled_start_time") == null ? now() : (Instant) input.get("scheduled_start_time");
        return newRun(flow, params, (String) input.get("flow_run_name"), start, key, (List<String>) input.get("labels"), false);
    }

    @SuppressWarnings("unchecked")
    private String newRun(Map<String, Object> flow, Map<String, Object> given, String name, Instant start, String key,
                          List<String> labels, boolean auto) {
        Map<String, Object> group = tables.byId("flow_group", flow.get("flow_group_id"));
        Map<String, Object> params = new LinkedHashMap<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) flow.get("parameters")) {
            Object d = p.get("default");
            if (d != null && !Boolean.FALSE.equals(d) && !"".equals(d) && !(d instanceof Collection<?> c && c.isEmpty())) {
                params.put((String) p.get("name"), d);
            }
        }
        if (group.get("default_parameters") instanceof Map<?, ?> defaults) {
            params.putAll((Map<String, Object>) defaults);
        }
        params.putAll(given);
        List<String> missing = requiredParameters(flow).stream().filter(r -> !params.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Required parameters were not supplied: " + new TreeSet<>(missing));
        }
        Object runLabels = labels != null ? labels : group.get("labels") != null ? group.get("labels")
                : flow.get("run_config") instanceof Map<?, ?> rc && rc.get("labels") != null ? rc.get("labels") : List.of();
        String id = insert("flow_run", row("tenant_id", flow.get("tenant_id"), "flow_id", flow.get("id"),
                "name", name != null ? name : "emulated-run-" + runNames.incrementAndGet(), "parameters", params,
                "context", Map.of(), "labels", runLabels, "run_config", flow.get("run_config"), "version", 0,
                "state", null, "state_message", null, "state_timestamp", null, "state_start_time", null, "serialized_state", null,
                "scheduled_start_time", start, "start_time", null, "end_time", null, "auto_scheduled", auto,
                "idempotency_key", key, "agent_id", null, "updated", now()));
        setState(tables.byId("flow_run", id), "Scheduled", "Flow run scheduled.");
        return id;
    }

    @SuppressWarnings("unchecked")
    private static List<String> requiredParameters(Map<String, Object> flow) {
        return ((List<Map<String, Object>>) flow.get("parameters")).stream()
                .filter(p -> Boolean.TRUE.equals(p.get("required"))).map(p -> (String) p.get("name")).toList();
    }

    /** The trigger's work: a new state row, copied onto the run with its start and end times. */
    synchronized void setState(Map<String, Object> run, String state, String message) {
        Instant now = now();
        int version = (Integer) run.get("version") + 1;
        insert("flow_run_state", row("flow_run_id", run.get("id"), "state", state, "message", message, "timestamp", now,
                "start_time", null, "version", version, "serialized_state", Map.of("type", state, "message", message)));
        run.put("version", version);
        run.put("state", state);
        run.put("state_message", message);
        run.put("state_timestamp", now);
        run.put("updated", now);
        if ("Running".equals(state) && run.get("start_time") == null) {
            run.put("start_time", now);
        }
        if (SETS_END_TIME.contains(state)) {
            run.put("end_time", now);
        }
    }

    synchronized String cancelFlowRun(String runId) {
        Map<String, Object> run = tables.byId("flow_run", runId);
        if (run == null) {
            throw new IllegalArgumentException("Flow run " + runId + " not found");
        }
        String state = (String) run.get("state");
        if (FINISHED.contains(state)) {
            return state;
        }
        if ("Running".equals(state) || "Cancelling".equals(state)) {
            setState(run, "Cancelling", "Flow run is cancelling...");
            return "Cancelling";
        }
        setState(run, "Cancelled", "Flow run is cancelled");
        for (Map<String, Object> task : tables.where("task_run", t -> runId.equals(t.get("flow_run_id")) && !FINISHED.contains(t.get("state")))) {
            task.put("state", "Cancelled");
        }
        return "Cancelled";
    }

    @SuppressWarnings("unchecked")
    synchronized boolean writeLogs(List<Map<String, Object>> logs) {
        for (Map<String, Object> log : logs) {
            if (tables.byId("flow_run", log.get("flow_run_id")) == null) {
                throw new IllegalArgumentException("Flow run " + log.get("flow_run_id") + " not found");
            }
        }
        for (Map<String, Object> log : logs) {
            Map<String, Object> run = tables.byId("flow_run", log.get("flow_run_id"));
            insert("log", row("tenant_id", run.get("tenant_id"), "flow_run_id", log.get("flow_run_id"), "task_run_id", log.get("task_run_id"),
                    "timestamp", log.get("timestamp") == null ? now() : log.get("timestamp"),
                    "level", log.get("level") == null ? "INFO" : log.get("level"), "name", log.get("name"),
                    "message", log.get("message"), "info", log.get("info")));
        }
        return true;
    }

    synchronized String startTaskRun(String runId, String taskName) {
        Map<String, Object> run = tables.byId("flow_run", runId);
        Map<String, Object> task = tables.where("task", t -> t.get("flow_id").equals(run.get("flow_id")) && taskName.equals(t.get("name")))
                .stream().findFirst().orElseGet(() -> tables.byId("task", insert("task", row("flow_id", run.get("flow_id"), "name", taskName,
                        "slug", taskName + "-1"))));
        return insert("task_run", row("flow_run_id", runId, "task_id", task.get("id"), "map_index", -1, "name", null,
                "state", "Running", "state_message", null, "start_time", now(), "end_time", null, "version", 1));
    }

    synchronized void finishTaskRun(String taskRunId, String state) {
        Map<String, Object> taskRun = tables.byId("task_run", taskRunId);
        taskRun.put("state", state);
        taskRun.put("end_time", now());
    }

    // ---- helpers

    private Map<String, Object> flowGroup(Map<String, Object> input) {
        Map<String, Object> group = tables.byId("flow_group", input.get("flow_group_id"));
        if (group == null) {
            throw new IllegalArgumentException("Flow group " + input.get("flow_group_id") + " not found");
        }
        return group;
    }

    private Map<String, Object> flowOf(Map<String, Object> run) {
        return tables.byId("flow", run.get("flow_id"));
    }

    private static ZoneId zone(String tz) {
        try {
            return ZoneId.of(tz);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Invalid timezone: '" + tz + "'");
        }
    }

    private String insert(String table, Map<String, Object> row) {
        String id = UUID.randomUUID().toString();
        row.put("id", id);
        row.putIfAbsent("created", now());
        tables.insert(table, row);
        return id;
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
