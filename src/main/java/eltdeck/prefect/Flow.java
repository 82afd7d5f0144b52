package eltdeck.prefect;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A flow as the console shows it: its group's newest unarchived version. Keep {@link #flowGroupId} (settings) or
 * {@link #versionGroupId} (runs), never {@link #flowId}: each registration makes a new flow id.
 *
 * @param schedule          the schedule in force (the group's if set, else the one in the flow's code), or null
 * @param scheduleFromGroup whether {@code schedule} is the group's (set through the API) rather than the code's
 * @param scheduleActive    whether the scheduler makes runs for this version
 * @param nextRuns          the scheduled runs waiting, earliest first
 * @param lastRun           the group's most recently started run, or null
 */
public record Flow(String flowId, String flowGroupId, String versionGroupId, String name, int version, String project,
                   List<String> labels, Schedule schedule, boolean scheduleFromGroup, boolean scheduleActive,
                   List<FlowParameter> parameters, Map<String, Object> defaultParameters, List<Instant> nextRuns,
                   FlowRun lastRun) {
    public Flow {
        labels = List.copyOf(labels);
        parameters = List.copyOf(parameters);
        defaultParameters = Json.frozen(defaultParameters);
        nextRuns = List.copyOf(nextRuns);
    }

    public Flow withLastRun(FlowRun run) {
        return new Flow(flowId, flowGroupId, versionGroupId, name, version, project, labels, schedule, scheduleFromGroup,
                scheduleActive, parameters, defaultParameters, nextRuns, run);
    }
}
