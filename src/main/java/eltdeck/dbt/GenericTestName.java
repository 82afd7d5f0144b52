package eltdeck.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The name dbt gives a generic test node, so that tests read from schema files match their results:
 * {@code <test>_<model>_<arguments>}, the arguments (with {@code column_name}) sorted by name, flattened, cleaned to
 * {@code [0-9a-zA-Z_]} and joined by {@code __}; a source's test is {@code source_<test>_<source>_<table>_…}; a name
 * of 64 characters or more becomes its first 30 characters and an MD5 of the whole.
 */
final class GenericTestName {
    private GenericTestName() {
    }

    static String of(String kind, String target, String column, ObjectNode arguments, boolean onSource) {
        TreeMap<String, JsonNode> args = new TreeMap<>();
        arguments.fields().forEachRemaining(e -> args.put(e.getKey(), e.getValue()));
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
        String identifier = (onSource ? "source_" : "") + kind.replace('.', '_') + "_" + target;
        String full = identifier + "_" + unique;
        return full.length() >= 64 ? identifier.substring(0, Math.min(30, identifier.length())) + "_" + md5(full) : full;
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
