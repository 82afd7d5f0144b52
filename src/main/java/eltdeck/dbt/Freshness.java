package eltdeck.dbt;

import com.fasterxml.jackson.databind.JsonNode;

/** A source's freshness thresholds ({@code warn_after}/{@code error_after}: a count of a period); either may be absent. */
public record Freshness(Threshold warnAfter, Threshold errorAfter) {

    public record Threshold(int count, String period) {
        @Override
        public String toString() {
            return count + " " + period + (count == 1 ? "" : "s");
        }
    }

    /** The table's own block over the source's: a table may override one threshold or switch freshness off with null. */
    static Freshness of(JsonNode sourceLevel, JsonNode tableLevel) {
        if (tableLevel.isNull()) {
            return null;
        }
        Threshold warn = threshold(tableLevel.path("warn_after"), threshold(sourceLevel.path("warn_after"), null));
        Threshold error = threshold(tableLevel.path("error_after"), threshold(sourceLevel.path("error_after"), null));
        return warn == null && error == null ? null : new Freshness(warn, error);
    }

    private static Threshold threshold(JsonNode node, Threshold otherwise) {
        return node.has("count") && node.has("period")
                ? new Threshold(node.path("count").asInt(), node.path("period").asText()) : otherwise;
    }

    @Override
    public String toString() {
        return (warnAfter == null ? "" : "warn after " + warnAfter) + (warnAfter != null && errorAfter != null ? ", " : "")
                + (errorAfter == null ? "" : "error after " + errorAfter);
    }
}
