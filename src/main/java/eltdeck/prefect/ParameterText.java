package eltdeck.prefect;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A parameter value typed as text: JSON when it is JSON (42, true, ["a"], {"k":1}, "quoted"), else the text itself. */
public final class ParameterText {
    private ParameterText() {
    }

    public static Object parse(String text) {
        try {
            return GraphQlClient.JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    /** The text that {@link #parse} reads back as {@code value}: a plain string stays plain unless it would read as JSON. */
    public static String format(Object value) {
        if (value instanceof String s && parse(s).equals(s)) {
            return s;
        }
        try {
            return GraphQlClient.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A parameter value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
