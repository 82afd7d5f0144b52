package eltdeck.env;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code .env} against the compose file: names the agent service does not receive, and variables
 * the compose file interpolates that the {@code .env} lacks.
 */
final class ComposeChecks implements Check {

    @Override
    public void run(Input input, List<Finding> findings) {
        input.compose().ifPresent(compose -> {
            findings.addAll(compose.problems());
            Map<String, List<ComposeFile.VariableUse>> uses = compose.variableUses().stream()
                    .collect(Collectors.groupingBy(ComposeFile.VariableUse::name, LinkedHashMap::new, Collectors.toList()));
            if (compose.hasAgent()) {
                agentNotReceiving(input, compose, uses, findings);
            }
            uses.forEach((name, at) -> {
                if (input.env().entry(name).isEmpty()) {
                    findings.add(missingVariable(name, at));
                }
            });
        });
    }

    private static void agentNotReceiving(Input input, ComposeFile compose, Map<String, List<ComposeFile.VariableUse>> uses,
            List<Finding> findings) {
        String where = "services." + compose.agentService() + ".environment";
        input.effectiveEntries().stream()
                .filter(entry -> !compose.agentReceives(entry.name()))
                .forEach(entry -> {
                    List<ComposeFile.VariableUse> used = uses.getOrDefault(entry.name(), List.of());
                    String elsewhere = used.isEmpty() ? ""
                            : " (the compose file uses it on " + lines(used) + ", which may be all it is for)";
                    findings.add(Rule.AGENT_NOT_RECEIVING.at(Source.ENV, entry.line(),
                            "the agent service does not receive " + entry.name() + ": it is not under " + where
                                    + ", so flows cannot read it" + elsewhere,
                            Fix.advice("If flows need it, add '- " + entry.name() + "' under " + where + " in the compose file.")));
                });
    }

    private static Finding missingVariable(String name, List<ComposeFile.VariableUse> at) {
        List<ComposeFile.VariableUse> strict = at.stream().filter(use -> !use.fallback()).toList();
        if (strict.isEmpty()) {
            return Rule.COMPOSE_VARIABLE_DEFAULTED.at(Source.COMPOSE, at.get(0).line(),
                    "the compose file uses ${" + name + "} with a default on " + lines(at) + ", and the .env does not set " + name,
                    Fix.advice("Add " + name + "=value to the .env if the default is not what this stack needs."));
        }
        return Rule.COMPOSE_VARIABLE_MISSING.at(Source.COMPOSE, strict.get(0).line(),
                "the compose file uses ${" + name + "} on " + lines(at) + " but the .env does not set " + name
                        + ": compose substitutes an empty string",
                Fix.advice("Add " + name + "=value to the .env."));
    }

    private static String lines(List<ComposeFile.VariableUse> uses) {
        List<Integer> numbers = uses.stream().map(ComposeFile.VariableUse::line).distinct().toList();
        return (numbers.size() == 1 ? "line " : "lines ") + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
