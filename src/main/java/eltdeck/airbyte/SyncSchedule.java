package eltdeck.airbyte;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * When a connection syncs: manual, basic (every N units) or cron, read from {@code scheduleType}/{@code scheduleData},
 * or from the legacy {@code schedule} of servers that send only that.
 */
public record SyncSchedule(String type, String text) {
    public static final SyncSchedule MANUAL = new SyncSchedule("manual", "manual");

    static SyncSchedule of(JsonNode connection) {
        JsonNode data = connection.path("scheduleData");
        String type = connection.path("scheduleType").asText("");
        if ("cron".equals(type) || type.isEmpty() && data.has("cron")) {
            JsonNode cron = data.path("cron");
            return new SyncSchedule("cron", "cron " + cron.path("cronExpression").asText("?")
                    + (cron.hasNonNull("cronTimeZone") ? " (" + cron.path("cronTimeZone").asText() + ")" : ""));
        }
        if ("basic".equals(type) || type.isEmpty() && data.has("basicSchedule")) {
            return basic(data.path("basicSchedule"));
        }
        if (type.isEmpty() && connection.path("schedule").isObject()) {
            return basic(connection.path("schedule"));
        }
        return MANUAL;
    }

    private static SyncSchedule basic(JsonNode every) {
        long units = every.path("units").asLong();
        String unit = every.path("timeUnit").asText("?");
        String word = units == 1 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return new SyncSchedule("basic", "every " + units + " " + word);
    }

    @Override
    public String toString() {
        return text;
    }
}
