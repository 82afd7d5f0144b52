package eltdeck.env;

import java.util.ArrayList;
import java.util.List;

/** One problem found: which rule, where (file and 1-based line), what is wrong, and the fix. Never holds a secret value. */
public record Finding(Rule rule, Source source, int line, String message, Fix fix) {

    public Severity severity() {
        return rule.severity();
    }

    /**
     * The finding as printed: {@code FILE:LINE: SEVERITY: RULE: message}, then the fix on an indented
     * line and, when there is one, the fixed line on another.
     */
    public List<String> describe(String fileName) {
        List<String> text = new ArrayList<>();
        text.add(fileName + ":" + line + ": " + severity() + ": " + rule.id() + ": " + message);
        text.add("    fix: " + fix.advice());
        fix.fixedLine().ifPresent(fixed -> text.add("    fixed line: " + fixed));
        return text;
    }
}
