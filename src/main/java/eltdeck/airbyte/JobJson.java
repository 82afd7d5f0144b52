package eltdeck.airbyte;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads jobs and attempts leniently from the shapes every version sends: {@code {job, attempts}} where an attempt
 * is an AttemptRead ({@code jobs/list}) or {@code {attempt, logs}} ({@code jobs/get}); logs as {@code logLines} or,
 * from 1.2, structured {@code events}. Unknown fields are ignored; times are epoch seconds.
 */
final class JobJson {
    private JobJson() {
    }

    static SyncJob job(JsonNode jobWithAttempts) throws AirbyteApiException {
        JsonNode job = jobWithAttempts.path("job");
        if (!job.path("id").canConvertToLong()) {
            throw new AirbyteApiException(AirbyteApiException.Kind.BAD_RESPONSE, "Airbyte sent a job without an id: "
                    + excerpt(jobWithAttempts));
        }
        List<JobAttempt> attempts = new ArrayList<>();
        for (JsonNode item : jobWithAttempts.path("attempts")) {
            attempts.add(attempt(item.has("attempt") ? item.path("attempt") : item, item.path("logs")));
        }
        JsonNode stats = job.path("aggregatedStats");
        return new SyncJob(job.path("id").asLong(), text(job, "configId"), job.path("status").asText("unknown"),
                seconds(job, "createdAt"), seconds(job, "startedAt"), seconds(job, "updatedAt"), attempts,
                stats.isObject() ? stats.path("recordsCommitted").asLong(stats.path("recordsEmitted").asLong()) : null,
                stats.isObject() ? stats.path("bytesCommitted").asLong(stats.path("bytesEmitted").asLong()) : null);
    }

    private static JobAttempt attempt(JsonNode a, JsonNode logs) {
        JsonNode total = a.path("totalStats");
        long records = a.has("recordsSynced") ? a.path("recordsSynced").asLong()
                : total.path("recordsCommitted").asLong(total.path("recordsEmitted").asLong());
        long bytes = a.has("bytesSynced") ? a.path("bytesSynced").asLong()
                : total.path("bytesCommitted").asLong(total.path("bytesEmitted").asLong());
        return new JobAttempt(a.path("id").asInt(), a.path("status").asText("unknown"), seconds(a, "createdAt"),
                seconds(a, "endedAt"), records, bytes, failure(a.path("failureSummary")), logLines(logs));
    }

    /** The failures' messages, "type (origin): message", joined; empty when none. */
    private static String failure(JsonNode summary) {
        List<String> parts = new ArrayList<>();
        for (JsonNode f : summary.path("failures")) {
            String message = f.path("externalMessage").asText(f.path("internalMessage").asText(""));
            String kind = f.path("failureType").asText("");
            String origin = f.path("failureOrigin").asText("");
            String where = kind.isEmpty() && origin.isEmpty() ? "" : (kind + (origin.isEmpty() ? "" : " (" + origin + ")")).strip() + ": ";
            parts.add(where + message);
        }
        return String.join("; ", parts);
    }

    private static List<String> logLines(JsonNode logs) {
        List<String> lines = new ArrayList<>();
        if (logs.path("logLines").isArray()) {
            logs.path("logLines").forEach(l -> lines.add(l.asText()));
        } else if (logs.path("events").isArray()) {
            logs.path("events").forEach(e -> lines.add((e.path("level").asText("") + " " + e.path("message").asText("")).strip()));
        }
        return lines;
    }

    static Instant seconds(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.canConvertToLong() ? null : Instant.ofEpochSecond(value.asLong());
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String excerpt(JsonNode node) {
        String text = node.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
