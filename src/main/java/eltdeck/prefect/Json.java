package eltdeck.prefect;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the values Hasura and the Prefect resolvers return. */
final class Json {
    private Json() {
    }

    /** A text field, or null when absent or null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A Hasura {@code timestamptz}: ISO-8601 with an offset ({@code +00:00} or {@code Z}); null stays null. */
    static Instant instant(JsonNode node, String field) throws PrefectApiException {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new PrefectApiException(PrefectApiException.Kind.BAD_RESPONSE,
                    "The Prefect API sent '" + value + "' as " + field + ", which is not a date-time with an offset.");
        }
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode value = node.get(field);
        if (value != null && value.isArray()) {
            value.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    /** A {@code jsonb} object as plain Java values; null or absent is empty. */
    static Map<String, Object> object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            return new LinkedHashMap<>();
        }
        return GraphQlClient.JSON.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** The payload of a mutation that answers {@code { success error }}; false without an error is a refusal too. */
    static void requireSuccess(JsonNode data, String mutation, String what) throws PrefectApiException {
        JsonNode payload = data.path(mutation);
        if (payload.path("success").asBoolean(false)) {
            return;
        }
        String error = text(payload, "error");
        throw new PrefectApiException(PrefectApiException.Kind.REJECTED, "The Prefect API did not " + what
                + (error == null ? " (it answered success: false without a reason)." : ": " + error));
    }

    /** An unmodifiable copy that keeps JSON nulls (which {@code Map.copyOf} refuses) and the order. */
    static Map<String, Object> frozen(Map<String, Object> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
