package eltdeck.prefect;

import com.fasterxml.jackson.databind.JsonNode;
import eltdeck.Face;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The flows on the server: each group's newest unarchived version with its schedule, next runs and last run. */
public final class FlowCatalog {
    static final String RUN_FIELDS = "id name state state_message scheduled_start_time start_time end_time parameters flow { name }";
    private static final String FLOWS = "query { flow(where: {archived: {_eq: false}}, order_by: [{name: asc}, {version: desc}]) {"
            + " id name version version_group_id flow_group_id is_schedule_active schedule parameters run_config"
            + " project { name }"
            + " flow_group { id schedule default_parameters labels }"
            + " flow_runs(where: {state: {_eq: \"Scheduled\"}}, order_by: [{scheduled_start_time: asc}], limit: 10) { scheduled_start_time }"
            + " } }";

    private final GraphQlClient client;

    public FlowCatalog(GraphQlClient client) {
        this.client = client;
    }

    public List<Flow> list() throws PrefectApiException {
        List<Flow> flows = new ArrayList<>();
        for (JsonNode f : client.execute(FLOWS, Map.of()).path("flow")) {
            flows.add(flow(f));
        }
        return withLastRuns(flows);
    }

    /** Flows whose name, project or labels contain {@code text}, ignoring case. */
    public List<Flow> search(String text) throws PrefectApiException {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return list().stream().filter(f -> f.name().toLowerCase(Locale.ROOT).contains(needle)
                || f.project().toLowerCase(Locale.ROOT).contains(needle)
                || f.labels().stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(needle))).toList();
    }

    /**
     * The one flow called {@code name} (or {@code project/name}, or with that flow group or version group id);
     * an error listing the flows there are when none or several match.
     */
    public Flow find(String name) throws PrefectApiException {
        List<Flow> flows = list();
        List<Flow> matches = flows.stream().filter(f -> name.equals(f.name()) || name.equals(f.project() + "/" + f.name())
                || name.equals(f.flowGroupId()) || name.equals(f.versionGroupId())).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("No flow '" + name + "' on the Prefect server; "
                    + (flows.isEmpty() ? "none is registered yet (register one with " + Face.hint("Register flows… in the Flows tab",
                    "eltdeck flows register NAME") + ")."
                    : "its flows: " + String.join(", ", flows.stream().map(f -> f.project() + "/" + f.name()).toList()) + "."));
        }
        throw new IllegalArgumentException("Several flows are called '" + name + "': name one as PROJECT/NAME: "
                + String.join(", ", matches.stream().map(f -> f.project() + "/" + f.name()).toList()) + ".");
    }

    /** The group's current version, looked up now: the id to toggle, since a registration may have made a new one. */
    public Flow current(String flowGroupId) throws PrefectApiException {
        return list().stream().filter(f -> f.flowGroupId().equals(flowGroupId)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("The flow group " + flowGroupId + " has no unarchived flow any more;"
                        + " was the flow deleted?"));
    }

    private static Flow flow(JsonNode f) throws PrefectApiException {
        JsonNode group = f.path("flow_group");
        Schedule groupSchedule = ScheduleJson.read(group.get("schedule"));
        Schedule schedule = groupSchedule != null ? groupSchedule : ScheduleJson.read(f.get("schedule"));
        List<String> labels = group.hasNonNull("labels") ? Json.strings(group, "labels") : Json.strings(f.path("run_config"), "labels");
        List<FlowParameter> parameters = new ArrayList<>();
        for (JsonNode p : f.path("parameters")) {
            Object defaultValue = p.hasNonNull("default") ? GraphQlClient.JSON.convertValue(p.get("default"), Object.class) : null;
            parameters.add(new FlowParameter(p.path("name").asText(), p.path("required").asBoolean(false), defaultValue));
        }
        List<java.time.Instant> next = new ArrayList<>();
        for (JsonNode run : f.path("flow_runs")) {
            next.add(Json.instant(run, "scheduled_start_time"));
        }
        return new Flow(Json.text(f, "id"), Json.text(f, "flow_group_id"), Json.text(f, "version_group_id"), Json.text(f, "name"),
                f.path("version").asInt(), f.path("project").path("name").asText(""), labels, schedule, groupSchedule != null,
                f.path("is_schedule_active").asBoolean(false), parameters, Json.object(group, "default_parameters"), next, null);
    }

    /** One request for every group's latest started run, aliased per group (runs of older versions count too). */
    private List<Flow> withLastRuns(List<Flow> flows) throws PrefectApiException {
        if (flows.isEmpty()) {
            return flows;
        }
        StringBuilder declarations = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < flows.size(); i++) {
            declarations.append(i == 0 ? "" : ", ").append("$g").append(i).append(": uuid!");
            fields.append(" g").append(i).append(": flow_run(where: {flow: {flow_group_id: {_eq: $g").append(i)
                    .append("}}, start_time: {_is_null: false}}, order_by: [{start_time: desc}], limit: 1) { ")
                    .append(RUN_FIELDS).append(" }");
            variables.put("g" + i, flows.get(i).flowGroupId());
        }
        JsonNode data = client.execute("query(" + declarations + ") {" + fields + " }", variables);
        List<Flow> out = new ArrayList<>();
        for (int i = 0; i < flows.size(); i++) {
            JsonNode last = data.path("g" + i).path(0);
            out.add(last.isMissingNode() ? flows.get(i) : flows.get(i).withLastRun(FlowRuns.run(last)));
        }
        return out;
    }
}
