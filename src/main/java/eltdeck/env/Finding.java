package eltdeck.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One problem found: which rule, where (file and 1-based line), what is wrong, and the fix. Never holds a secret value. */
public record Finding(Rule rule, Source source, int line, String message, Fix fix) {

    public Severity severity() {
        return rule.severity();
    }

    /**
     * {@code env} with this finding's mechanical fix made on its line; empty when the fix needs a person, or the finding
     * is not about a line of {@code env} that is still a {@code NAME=value} line.
     */
    public Optional<EnvFile> applyTo(EnvFile env) {
        if (source != Source.ENV || fix.repair().isEmpty() || line < 1 || line > env.lines().size() || !env.line(line).isEntry()) {
            return Optional.empty();
        }
        return Optional.of(env.repaired(line, fix.repair().get()));
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
