package eltdeck.env;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into a Jackson tree the way compose sees it. Jackson's own tree leaves an alias as the
 * anchor's name; compose files use anchors, aliases and {@code <<} merge keys to share settings, so
 * they are resolved here. Scalars become text (compose interpolates text), and where each string
 * and each top-level key stands is noted for line numbers.
 */
final class YamlReader {
    /** A string value of the document and the 1-based line it starts on. */
    record LocatedString(String text, int line) {
    }

    /** The resolved tree ({@code null} for an empty document), its strings, and the line of each top-level key. */
    record Document(JsonNode root, List<LocatedString> strings, Map<String, Integer> topLevelKeyLines) {
    }

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final String MERGE_KEY = "<<";

    private final YAMLParser parser;
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final List<LocatedString> strings = new ArrayList<>();
    private final Map<String, Integer> topLevelKeyLines = new LinkedHashMap<>();

    private YamlReader(YAMLParser parser) {
        this.parser = parser;
    }

    /** @throws com.fasterxml.jackson.core.JacksonException when the text is not YAML */
    static Document read(String yaml) throws IOException {
        try (YAMLParser parser = YAML.createParser(yaml)) {
            YamlReader reader = new YamlReader(parser);
            JsonNode root = parser.nextToken() == null ? null : reader.node(0);
            return new Document(root, List.copyOf(reader.strings), Map.copyOf(reader.topLevelKeyLines));
        }
    }

    /** The node at the current token, whose nesting depth is {@code depth}. */
    private JsonNode node(int depth) throws IOException {
        if (parser.isCurrentAlias()) {
            JsonNode target = anchors.get(parser.getText());
            if (target == null) {
                throw new JsonParseException(parser, "found undefined alias '" + parser.getText() + "'");
            }
            return target;
        }
        String anchor = parser.getObjectId() == null ? null : parser.getObjectId().toString();
        JsonNode node = switch (parser.currentToken()) {
            case START_OBJECT -> mapping(depth);
            case START_ARRAY -> sequence(depth);
            case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
            default -> scalar();
        };
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private ObjectNode mapping(int depth) throws IOException {
        ObjectNode mapping = JsonNodeFactory.instance.objectNode();
        List<JsonNode> merged = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (depth == 0) {
                topLevelKeyLines.putIfAbsent(key, parser.currentTokenLocation().getLineNr());
            }
            parser.nextToken();
            JsonNode value = node(depth + 1);
            if (MERGE_KEY.equals(key)) {
                merged.add(value);
            } else {
                mapping.set(key, value);
            }
        }
        // YAML merge: keys written in the mapping win over merged ones, earlier merged mappings over later ones.
        for (JsonNode source : merged) {
            for (JsonNode each : source.isArray() ? source : List.of(source)) {
                each.properties().forEach(field -> {
                    if (!mapping.has(field.getKey())) {
                        mapping.set(field.getKey(), field.getValue());
                    }
                });
            }
        }
        return mapping;
    }

    private ArrayNode sequence(int depth) throws IOException {
        ArrayNode sequence = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            sequence.add(node(depth + 1));
        }
        return sequence;
    }

    private JsonNode scalar() throws IOException {
        String text = parser.getText();
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            strings.add(new LocatedString(text, parser.currentTokenLocation().getLineNr()));
        }
        return JsonNodeFactory.instance.textNode(text);
    }
}
