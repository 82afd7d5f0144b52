package eltdeck.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The name dbt gives a generic test node, so that tests read from schema files match their results:
 * {@code <test>_<model>_<arguments>}, the arguments (with {@code column_name}) sorted by name, flattened, cleaned to
 * {@code [0-9a-zA-Z_]} and joined by {@code __}; a source's test is {@code source_<test>_<source>_<table>_…}; a
 * package's test has the package in front ({@code dbt_utils_accepted_range_…}). (dbt shortens only the file name
 * of a long one, not the node's name.)
 */
final class GenericTestName {
    private GenericTestName() {
    }

    static String of(String kind, String target, String column, ObjectNode arguments, boolean onSource) {
        TreeMap<String, JsonNode> args = new TreeMap<>();
        arguments.properties().forEach(e -> args.put(e.getKey(), e.getValue()));
        if (column != null) {
            args.put("column_name", arguments.textNode(column));
        }
        List<String> flat = new ArrayList<>();
        args.forEach((name, value) -> {
            if (!name.equals("model")) {
                if (value.isContainerNode()) {
                    value.forEach(v -> flat.add(v.asText()));
                } else {
                    flat.add(value.asText());
                }
            }
        });
        String unique = String.join("__", flat.stream().map(a -> a.replaceAll("[^0-9a-zA-Z_]+", "_")).toList());
        return (onSource ? "source_" : "") + kind.replace('.', '_') + "_" + target + "_" + unique;
    }
}
