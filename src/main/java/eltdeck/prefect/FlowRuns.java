package eltdeck.prefect;

import com.fasterxml.jackson.databind.JsonNode;
import eltdeck.Face;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starting, listing, reading and cancelling flow runs. */
public final class FlowRuns {
    private final GraphQlClient client;

    public FlowRuns(GraphQlClient client) {
        this.client = client;
    }

    /** Creates the run; returns its id (the existing run's, when the idempotency key was used before). */
    public String create(RunRequest request) throws PrefectApiException {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("version_group_id", request.versionGroupId());
        input.put("parameters", request.parameters());
        input.put("idempotency_key", request.idempotencyKey());
        if (request.runName() != null && !request.runName().isBlank()) {
            input.put("flow_run_name", request.runName().strip());
        }
        JsonNode data = client.execute("mutation($input: create_flow_run_input!) { create_flow_run(input: $input) { id } }",
                Map.of("input", input));
        String id = Json.text(data.path("create_flow_run"), "id");
        if (id == null) {
            throw new PrefectApiException(PrefectApiException.Kind.BAD_RESPONSE, "The Prefect API created no run and gave no reason.");
        }
        return id;
    }

    /** The newest runs first (by when they were due), as the filter says. */
    public List<FlowRun> recent(RunFilter filter) throws PrefectApiException {
        JsonNode data = client.execute("query($where: flow_run_bool_exp!, $limit: Int!) { flow_run(where: $where,"
                + " order_by: [{scheduled_start_time: desc}], limit: $limit) { " + FlowCatalog.RUN_FIELDS + " } }",
                Map.of("where", filter.where(), "limit", filter.limit()));
        List<FlowRun> runs = new ArrayList<>();
        for (JsonNode r : data.path("flow_run")) {
            runs.add(run(r));
        }
        return runs;
    }

    /** The run, its states in order and its task runs; an error naming the id when there is no such run. */
    public RunDetail detail(String runId) throws PrefectApiException {
        JsonNode run = client.execute("query($id: uuid!) { flow_run_by_pk(id: $id) { " + FlowCatalog.RUN_FIELDS
                + " states(order_by: [{timestamp: asc}, {version: asc}]) { state message timestamp }"
                + " task_runs(where: {map_index: {_eq: -1}}, order_by: [{start_time: asc_nulls_last}]) {"
                + " id state state_message start_time end_time task { name } } } }", Map.of("id", runId)).path("flow_run_by_pk");
        if (run.isNull() || run.isMissingNode()) {
            throw new IllegalArgumentException("There is no flow run " + runId + " on the Prefect server; "
                    + Face.hint("the Runs tab lists the runs.", "list runs with: eltdeck runs list NAME."));
        }
        List<RunDetail.StateChange> states = new ArrayList<>();
        for (JsonNode s : run.path("states")) {
            states.add(new RunDetail.StateChange(Json.text(s, "state"), Json.text(s, "message"), Json.instant(s, "timestamp")));
        }
        List<RunDetail.TaskRun> tasks = new ArrayList<>();
        for (JsonNode t : run.path("task_runs")) {
            tasks.add(new RunDetail.TaskRun(Json.text(t, "id"), t.path("task").path("name").asText(""), Json.text(t, "state"),
                    Json.text(t, "state_message"), Json.instant(t, "start_time"), Json.instant(t, "end_time")));
        }
        return new RunDetail(run(run), states, tasks);
    }

    /** The run's state now (a quick read while following it). */
    public FlowRun get(String runId) throws PrefectApiException {
        JsonNode run = client.execute("query($id: uuid!) { flow_run_by_pk(id: $id) { " + FlowCatalog.RUN_FIELDS + " } }",
                Map.of("id", runId)).path("flow_run_by_pk");
        if (run.isNull() || run.isMissingNode()) {
            throw new IllegalArgumentException("There is no flow run " + runId + " on the Prefect server.");
        }
        return run(run);
    }

    /**
     * Asks the server to cancel: a running run becomes {@code Cancelling} (its flow runner stops it within about 15 s
     * and writes {@code Cancelled}), one not yet running becomes {@code Cancelled} at once, a finished one keeps its
     * state. Returns the state the server reports.
     */
    public String cancel(String runId) throws PrefectApiException {
        JsonNode data = client.execute("mutation($id: UUID!) { cancel_flow_run(input: {flow_run_id: $id}) { state } }",
                Map.of("id", runId));
        return Json.text(data.path("cancel_flow_run"), "state");
    }

    static FlowRun run(JsonNode r) throws PrefectApiException {
        return new FlowRun(Json.text(r, "id"), Json.text(r, "name"), r.path("flow").path("name").asText(""), Json.text(r, "state"),
                Json.text(r, "state_message"), Json.instant(r, "scheduled_start_time"), Json.instant(r, "start_time"),
                Json.instant(r, "end_time"), Json.object(r, "parameters"));
    }
}
