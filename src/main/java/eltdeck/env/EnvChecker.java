package eltdeck.env;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks a {@code .env} file against every {@link Rule}: on its own, against the schema of a
 * {@code .env.example} when one is given, and against the compose file when one is given. Findings
 * never contain a secret's value (see {@link EnvSchema#isSecret}).
 */
public final class EnvChecker {
    private static final List<Check> CHECKS =
            List.of(new SyntaxChecks(), new ValueChecks(), new FileChecks(), new SchemaChecks(), new ComposeChecks());
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::source)
            .thenComparingInt(Finding::line).thenComparing(Finding::rule);

    private EnvChecker() {
    }

    public static EnvReport check(EnvFile env, Optional<EnvSchema> schema, Optional<ComposeFile> compose) {
        Check.Input input = new Check.Input(env, schema.orElse(EnvSchema.EMPTY), compose);
        List<Finding> findings = new ArrayList<>();
        CHECKS.forEach(check -> check.run(input, findings));
        findings.sort(ORDER);
        List<String> notChecked = new ArrayList<>();
        if (schema.isEmpty()) {
            notChecked.add("required variables (no .env.example given)");
        }
        if (compose.isEmpty()) {
            notChecked.add("agent environment and ${NAME} uses (no compose file given)");
        }
        return new EnvReport(findings, notChecked);
    }
}
