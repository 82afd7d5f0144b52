package eltdeck.env;

import java.util.List;
import java.util.Set;

/** The {@code .env} against the {@code .env.example}: required variables, and names that look secret. */
final class SchemaChecks implements Check {
    private static final Set<String> EMPTY_VALUES = Set.of("", "\"\"", "''");

    @Override
    public void run(Input input, List<Finding> findings) {
        EnvFile env = input.env();
        EnvSchema schema = input.schema();
        findings.addAll(schema.problems());
        schema.variables().stream().filter(SchemaVariable::required).forEach(variable -> env.entry(variable.name()).ifPresentOrElse(
                entry -> {
                    if (EMPTY_VALUES.contains(entry.rawValue().strip())) {
                        findings.add(Rule.REQUIRED_EMPTY.at(Source.ENV, entry.line(),
                                variable.name() + " is required but empty" + about(variable),
                                Fix.advice("Give " + variable.name() + " a value.")));
                    }
                },
                () -> findings.add(Rule.REQUIRED_MISSING.at(Source.EXAMPLE, variable.line(),
                        variable.name() + " is required but the .env does not set it" + about(variable),
                        Fix.advice("Add a line " + variable.name() + "=value to the .env.")))));
        input.effectiveEntries().stream()
                .filter(entry -> schema.isSecret(entry.name()))
                .filter(entry -> !entry.name().startsWith(EnvNames.PREFECT_SECRET_PREFIX))
                .forEach(entry -> findings.add(Rule.SECRET_WITHOUT_PREFIX.at(Source.ENV, entry.line(),
                        entry.name() + " looks secret, but flow code reads Prefect secrets from "
                                + EnvNames.PREFECT_SECRET_PREFIX + "NAME variables, not from " + entry.name(),
                        Fix.advice("If a flow reads it, name it " + EnvNames.PREFECT_SECRET_PREFIX + entry.name()
                                + " here and in the agent's environment:, and read it with PrefectSecret(\"" + entry.name() + "\")."))));
    }

    private static String about(SchemaVariable variable) {
        return variable.description().isEmpty() ? "" : " (" + variable.description() + ")";
    }
}
