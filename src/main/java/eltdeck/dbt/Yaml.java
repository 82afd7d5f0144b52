package eltdeck.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;

/** YAML and JSON read into trees; unknown fields are simply not looked at, so growing schemas stay readable. */
final class Yaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {
    }

    /** The tree of a YAML file; an empty file is an empty tree. */
    static JsonNode read(String text, String file) {
        try {
            JsonNode node = YAML.readTree(text);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid YAML: " + firstLine(e.getMessage())
                    + ". Quote values that hold Jinja, e.g. \"{{ env_var('X') }}\".", e);
        }
    }

    static JsonNode json(String text, String file) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
