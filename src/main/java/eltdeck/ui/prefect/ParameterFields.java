package eltdeck.ui.prefect;

import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowParameter;
import eltdeck.prefect.ParameterText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A form over a flow's declared parameters: one text per parameter (JSON or plain text, blank for "not given").
 * The run dialog fills it with the defaults; a schedule clock starts it blank.
 */
public final class ParameterFields {
    /** One declared parameter and what is typed for it. */
    public record Field(FlowParameter parameter, StringProperty text, String defaultText) {
    }

    private final List<Field> fields;

    private ParameterFields(List<Field> fields) {
        this.fields = fields;
    }

    /** Blank fields; the defaults (the code's, overlaid by the group's) are only their hints. */
    public static ParameterFields blank(Flow flow, Map<String, Object> values) {
        return new ParameterFields(flow.parameters().stream().map(p -> new Field(p,
                new SimpleStringProperty(values.containsKey(p.name()) ? ParameterText.format(values.get(p.name())) : ""),
                defaultText(flow, p))).toList());
    }

    /** Fields holding the value a run gets when nothing is typed. */
    public static ParameterFields withDefaults(Flow flow) {
        return new ParameterFields(flow.parameters().stream().map(p -> new Field(p,
                new SimpleStringProperty(defaultText(flow, p)), defaultText(flow, p))).toList());
    }

    public List<Field> fields() {
        return fields;
    }

    /** The values typed, by name; blank fields are left out. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : fields) {
            String text = f.text().get();
            if (text != null && !text.isBlank()) {
                values.put(f.parameter().name(), ParameterText.parse(text.strip()));
            }
        }
        return values;
    }

    /** Required parameters without a value typed here, nor one in {@code elsewhere}. */
    public List<String> missingRequired(Map<String, Object> elsewhere) {
        Map<String, Object> given = values();
        return fields.stream().map(Field::parameter).filter(p -> p.required() && !given.containsKey(p.name())
                && !elsewhere.containsKey(p.name())).map(FlowParameter::name).toList();
    }

    private static String defaultText(Flow flow, FlowParameter p) {
        if (flow.defaultParameters().containsKey(p.name())) {
            return ParameterText.format(flow.defaultParameters().get(p.name()));
        }
        return p.defaultValue() == null ? "" : ParameterText.format(p.defaultValue());
    }
}
