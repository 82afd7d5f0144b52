package eltdeck.env;

import java.util.Optional;

/**
 * What to do about a finding: advice in words and, where the repair is mechanical, the corrected line and the
 * {@link Repair} that makes it. A corrected line of a secret variable shows its value masked.
 */
public record Fix(String advice, Optional<String> fixedLine, Optional<Repair> repair) {

    static Fix advice(String advice) {
        return new Fix(advice, Optional.empty(), Optional.empty());
    }

    /** A mechanical fix of {@code line}: the corrected line is shown (masked as the schema says) and can be applied. */
    static Fix repair(String advice, Repair repair, EnvLine line, EnvSchema schema) {
        return new Fix(advice, Optional.of(repair.shownLine(line, schema)), Optional.of(repair));
    }

    /** The advice only: the fixed line shows the value of a variable the schema does not call secret. */
    @Override
    public String toString() {
        return "Fix[" + advice + (repair.isPresent() ? ", " + repair.get() : "") + "]";
    }
}
