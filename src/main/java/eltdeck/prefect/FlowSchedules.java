package eltdeck.prefect;

import eltdeck.Face;
import java.util.List;
import java.util.Map;

/**
 * Changing when a flow runs: its group's whole schedule, its on/off switch (per version: always the current one),
 * and its group's default parameters. Everything is checked before it is sent.
 */
public final class FlowSchedules {
    private final GraphQlClient client;
    private final FlowCatalog catalog;

    public FlowSchedules(GraphQlClient client) {
        this.client = client;
        this.catalog = new FlowCatalog(client);
    }

    /**
     * Replaces the group's schedule with {@code schedule}; no clocks deletes it (then a schedule in the flow's code
     * applies again). The server drops the runs it had scheduled and makes new ones on its next loop.
     */
    public void setSchedule(Flow flow, Schedule schedule) throws PrefectApiException {
        List<String> problems = ScheduleValidator.problems(schedule, flow.parameters(), flow.defaultParameters());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        if (schedule.clocks().isEmpty()) {
            Json.requireSuccess(client.execute("mutation($input: delete_flow_group_schedule_input!) {"
                    + " delete_flow_group_schedule(input: $input) { success error } }",
                    Map.of("input", Map.of("flow_group_id", flow.flowGroupId()))), "delete_flow_group_schedule", "delete the schedule");
            return;
        }
        Json.requireSuccess(client.execute("mutation($input: set_flow_group_schedule_input!) {"
                + " set_flow_group_schedule(input: $input) { success error } }",
                Map.of("input", ScheduleJson.input(flow.flowGroupId(), schedule))), "set_flow_group_schedule", "set the schedule");
    }

    /** Switches scheduling on or off for the group's current version (a new registration switches it on again). */
    public void setActive(String flowGroupId, boolean active) throws PrefectApiException {
        Flow current = catalog.current(flowGroupId);
        if (active && current.schedule() == null) {
            throw new IllegalArgumentException("Flow '" + current.name() + "' has no schedule to switch on: set one first"
                    + " (" + Face.hint("Schedule… in the Flows tab", "eltdeck schedule set … --cron EXPR or --every DURATION") + ").");
        }
        String mutation = active ? "set_schedule_active" : "set_schedule_inactive";
        Json.requireSuccess(client.execute("mutation($id: UUID!) { " + mutation + "(input: {flow_id: $id}) { success error } }",
                Map.of("id", current.flowId())), mutation, "switch the schedule " + (active ? "on" : "off"));
    }

    /** Replaces the group's default parameters with {@code defaults}, each a parameter the flow declares. */
    public void setDefaultParameters(Flow flow, Map<String, Object> defaults) throws PrefectApiException {
        List<String> problems = ScheduleValidator.defaultProblems(defaults, flow.parameters());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        Json.requireSuccess(client.execute("mutation($input: set_flow_group_default_parameters_input!) {"
                + " set_flow_group_default_parameters(input: $input) { success error } }",
                Map.of("input", Map.of("flow_group_id", flow.flowGroupId(), "parameters", defaults))),
                "set_flow_group_default_parameters", "set the default parameters");
    }
}
