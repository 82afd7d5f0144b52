package eltdeck.cli;

import eltdeck.prefect.ParameterText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --param KEY=VALUE} options: a VALUE that is JSON (42, true, ["a"], {"k":1}) is taken as such, else as text. */
final class ParameterValues {
    private ParameterValues() {
    }

    static Map<String, Object> parse(List<String> options) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param '" + option + "' needs the form KEY=VALUE, e.g. --param env=prod.");
            }
            values.put(option.substring(0, eq).strip(), ParameterText.parse(option.substring(eq + 1)));
        }
        return values;
    }
}
