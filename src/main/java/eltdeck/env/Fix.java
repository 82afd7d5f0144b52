package eltdeck.env;

import java.util.Optional;

/**
 * What to do about a finding: advice in words and, where the repair is mechanical, the corrected
 * line. A corrected line of a secret variable shows its value masked.
 */
public record Fix(String advice, Optional<String> fixedLine) {

    static Fix advice(String advice) {
        return new Fix(advice, Optional.empty());
    }

    static Fix line(String advice, String fixedLine) {
        return new Fix(advice, Optional.of(fixedLine));
    }
}
