package eltdeck.prefect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which recent runs to list: of one flow group (or all), in some states (or any), at most {@code limit}. */
public record RunFilter(String flowGroupId, List<String> states, int limit) {
    public RunFilter {
        states = List.copyOf(states);
        if (limit < 1) {
            throw new IllegalArgumentException("The number of runs to list must be at least 1, not " + limit + ".");
        }
    }

    public static RunFilter recent(int limit) {
        return new RunFilter(null, List.of(), limit);
    }

    /** The Hasura {@code flow_run_bool_exp}; conditions left out when not wanted, never sent as null. */
    Map<String, Object> where() {
        Map<String, Object> where = new LinkedHashMap<>();
        if (flowGroupId != null) {
            where.put("flow", Map.of("flow_group_id", Map.of("_eq", flowGroupId)));
        }
        if (!states.isEmpty()) {
            where.put("state", Map.of("_in", states));
        }
        return where;
    }
}
