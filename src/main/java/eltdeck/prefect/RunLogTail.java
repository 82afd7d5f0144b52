package eltdeck.prefect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads a run's log incrementally. Rows carry the writer's timestamps and arrive in batches, so a row can show up
 * after newer ones were read: each poll re-reads from {@code overlap} before the newest timestamp seen and drops the
 * ids it delivered already (a bounded set). Each call returns only rows not returned before, oldest first.
 */
public final class RunLogTail {
    /** Longer than a flow runner's upload interval (5 s), so a late batch is still inside the window. */
    public static final Duration DEFAULT_OVERLAP = Duration.ofSeconds(10);
    private static final int PAGE = 500;
    private static final int SEEN_CAPACITY = 20_000;

    private final GraphQlClient client;
    private final String runId;
    private final PrefectLogLevel minimum;
    private final Duration overlap;
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private Instant newest;

    public RunLogTail(GraphQlClient client, String runId, PrefectLogLevel minimum, Duration overlap) {
        this.client = client;
        this.runId = runId;
        this.minimum = minimum;
        this.overlap = overlap;
    }

    public RunLogTail(GraphQlClient client, String runId, PrefectLogLevel minimum) {
        this(client, runId, minimum, DEFAULT_OVERLAP);
    }

    /** The rows that appeared since the last call. */
    public List<RunLogEntry> poll() throws PrefectApiException {
        Instant since = newest == null ? Instant.EPOCH : newest.minus(overlap);
        List<RunLogEntry> fresh = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<RunLogEntry> page = page(since, offset);
            for (RunLogEntry entry : page) {
                if (seen.add(entry.id())) {
                    fresh.add(entry);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        while (seen.size() > SEEN_CAPACITY) {
            seen.remove(seen.iterator().next());
        }
        fresh.sort(Comparator.comparing(RunLogEntry::timestamp).thenComparing(RunLogEntry::id));
        for (RunLogEntry entry : fresh) {
            newest = newest == null || entry.timestamp().isAfter(newest) ? entry.timestamp() : newest;
        }
        return fresh;
    }

    private List<RunLogEntry> page(Instant since, int offset) throws PrefectApiException {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("flow_run_id", Map.of("_eq", runId));
        where.put("timestamp", Map.of("_gte", since.toString()));
        if (minimum != PrefectLogLevel.DEBUG) {
            where.put("level", Map.of("_in", minimum.andAbove()));
        }
        JsonNode data = client.execute("query($where: log_bool_exp!, $limit: Int!, $offset: Int!) { log(where: $where,"
                + " order_by: [{timestamp: asc}, {id: asc}], limit: $limit, offset: $offset) {"
                + " id timestamp level name message task_run_id } }", Map.of("where", where, "limit", PAGE, "offset", offset));
        List<RunLogEntry> rows = new ArrayList<>();
        for (JsonNode row : data.path("log")) {
            rows.add(new RunLogEntry(Json.text(row, "id"), Json.instant(row, "timestamp"), Json.text(row, "level"),
                    Json.text(row, "name"), Json.text(row, "message"), Json.text(row, "task_run_id")));
        }
        return rows;
    }
}
