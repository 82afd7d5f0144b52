package eltdeck.ui.prefect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowParameter;
import eltdeck.prefect.ScheduleValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A flow group's default parameters as JSON text: shown pretty, read back and checked against the declared ones. */
final class DefaultsJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The map read, what stops it from being saved, and what it would lead to. */
    record Checked(Map<String, Object> defaults, List<String> problems, List<String> warnings) {
    }

    private DefaultsJson() {
    }

    static String text(Map<String, Object> defaults) {
        try {
            return JSON.writeValueAsString(defaults);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The default parameters cannot be shown as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Checked check(String text, Flow flow) {
        Map<String, Object> defaults;
        try {
            defaults = text.isBlank() ? new LinkedHashMap<>() : JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return new Checked(Map.of(), List.of("Not a JSON object (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage() + ". Write it as {\"name\": value, …}."), List.of());
        }
        List<String> warnings = new ArrayList<>();
        for (FlowParameter p : flow.parameters()) {
            if (p.required() && !defaults.containsKey(p.name()) && flow.schedule() != null) {
                warnings.add("The flow requires '" + p.name() + "' and has a schedule: without a default here, Prefect"
                        + " Server will not switch its schedule on.");
            }
        }
        return new Checked(defaults, ScheduleValidator.defaultProblems(defaults, flow.parameters()), warnings);
    }
}
