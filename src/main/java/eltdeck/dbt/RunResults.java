package eltdeck.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code target/run_results.json}: the last node-executing dbt command's results. Schema versions v4 (dbt 1.0–1.6),
 * v5 (1.7) and v6 (1.8+) are read; any other version is read leniently by the same fields and said to be unknown.
 */
public record RunResults(String schemaVersion, boolean knownVersion, String dbtVersion, Instant generatedAt,
                         String invocationId, double elapsedTime, String command, List<NodeResult> results) {
    private static final Pattern VERSION = Pattern.compile("/run-results/(v\\d+)\\.json");
    private static final Set<String> KNOWN = Set.of("v4", "v5", "v6");

    public RunResults {
        results = List.copyOf(results);
    }

    public static RunResults parse(String json) {
        JsonNode root = Yaml.json(json, ProjectFiles.RUN_RESULTS);
        if (!root.path("results").isArray()) {
            throw new IllegalArgumentException(ProjectFiles.RUN_RESULTS + " has no 'results' list: it is not dbt's run results.");
        }
        JsonNode metadata = root.path("metadata");
        Matcher m = VERSION.matcher(metadata.path("dbt_schema_version").asText(""));
        String version = m.find() ? m.group(1) : metadata.path("dbt_schema_version").asText("none");
        List<NodeResult> results = new ArrayList<>();
        for (JsonNode r : root.path("results")) {
            List<NodeResult.Timing> timing = new ArrayList<>();
            r.path("timing").forEach(t -> timing.add(new NodeResult.Timing(t.path("name").asText(),
                    instant(t.path("started_at")), instant(t.path("completed_at")))));
            JsonNode failures = r.path("failures");
            results.add(new NodeResult(DbtIds.normalize(r.path("unique_id").asText()), r.path("status").asText(),
                    r.path("execution_time").asDouble(), failures.isNumber() ? failures.asInt() : null,
                    r.path("message").isNull() ? null : r.path("message").asText(null), timing, r.path("thread_id").asText(null)));
        }
        return new RunResults(version, KNOWN.contains(version), metadata.path("dbt_version").asText(null),
                instant(metadata.path("generated_at")), metadata.path("invocation_id").asText(null),
                root.path("elapsed_time").asDouble(), command(root.path("args")), results);
    }

    /** {@code dbt build --select x} from the args' invocation_command (1.8+), else the subcommand in {@code which}. */
    private static String command(JsonNode args) {
        if (args.path("invocation_command").isTextual()) {
            return args.path("invocation_command").asText();
        }
        return args.path("which").isTextual() ? "dbt " + args.path("which").asText() : null;
    }

    private static Instant instant(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText();
        try {
            return Instant.parse(text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$") ? text : text + "Z");
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public Optional<NodeResult> forNode(String uniqueId) {
        String id = DbtIds.normalize(uniqueId);
        return results.stream().filter(r -> r.uniqueId().equals(id)).findFirst();
    }

    /** Counts as dbt's last line tells them: PASS, WARN, ERROR, SKIP, TOTAL. */
    public Map<String, Integer> summary() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String key : List.of("PASS", "WARN", "ERROR", "SKIP", "TOTAL")) {
            counts.put(key, 0);
        }
        for (NodeResult r : results) {
            String key = switch (r.outcome()) {
                case PASSED -> "PASS";
                case WARNED -> "WARN";
                case FAILED -> "ERROR";
                case SKIPPED -> "SKIP";
                case OTHER -> null;
            };
            if (key != null) {
                counts.merge(key, 1, Integer::sum);
            }
            counts.merge("TOTAL", 1, Integer::sum);
        }
        return counts;
    }

    public String summaryLine() {
        StringBuilder out = new StringBuilder();
        summary().forEach((k, v) -> out.append(out.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return out.toString();
    }

    /** Says which schema version was read, and whether the console knows it. */
    public String versionNote() {
        return "run_results schema " + schemaVersion + (dbtVersion == null ? "" : " (dbt " + dbtVersion + ")")
                + (knownVersion ? "" : ": not a version this console knows (v4, v5, v6); read leniently");
    }
}
