package eltdeck.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * One entry of a {@code tests:} / {@code data_tests:} list: {@code - not_null}, {@code - accepted_values: {values:
 * [...]}}, {@code - relationships: {to: ref('x'), field: id}}, a package's or a custom test, with its arguments at
 * the top or under {@code arguments:} (dbt 1.10+), or the long form with {@code test_name:}. Config keys
 * ({@code severity}, {@code where}, …) are not arguments.
 */
record TestSpec(String kind, String customName, ObjectNode arguments) {
    private static final Set<String> CONFIG_KEYS = Set.of("config", "name", "description", "arguments", "test_name",
            "severity", "tags", "enabled", "where", "limit", "warn_if", "error_if", "fail_calc", "store_failures",
            "store_failures_as", "meta", "database", "schema", "alias");

    static TestSpec parse(JsonNode entry) {
        if (entry.isTextual()) {
            return new TestSpec(entry.asText(), null, JsonNodeFactory.instance.objectNode());
        }
        if (!entry.isObject() || entry.isEmpty()) {
            return null;
        }
        if (entry.has("test_name")) {
            return new TestSpec(entry.path("test_name").asText(), entry.path("name").asText(null), arguments(entry));
        }
        Map.Entry<String, JsonNode> only = entry.properties().iterator().next();
        JsonNode body = only.getValue();
        return new TestSpec(only.getKey(), body.path("name").asText(null), body.isObject() ? arguments(body)
                : JsonNodeFactory.instance.objectNode());
    }

    private static ObjectNode arguments(JsonNode body) {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            if (!CONFIG_KEYS.contains(e.getKey())) {
                args.set(e.getKey(), e.getValue());
            }
        }
        if (body.path("arguments").isObject()) {
            args.setAll((ObjectNode) body.get("arguments"));
        }
        return args;
    }

    /** The model a relationships test points at, from {@code to: ref('x')}; null for any other test. */
    String relationshipTarget() {
        if (!kind.equals("relationships")) {
            return null;
        }
        SqlScan scan = SqlScan.of(arguments.path("to").asText(""));
        return scan.refs().isEmpty() ? null : scan.refs().get(0).model();
    }

    /** The arguments as compact text for the detail pane, e.g. {@code values: [active, churned]}. */
    String argumentsText() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : arguments.properties()) {
            out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(": ")
                    .append(e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString().replace("\"", ""));
        }
        return out.toString();
    }
}
