package eltdeck.dbt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks a project is held to before it runs: every ref() and source() resolves, the models form no cycle
 * (errors, as dbt would refuse to run), and every model is described and tested (warnings). Errors come first.
 */
public final class ProjectChecks {
    private ProjectChecks() {
    }

    public static List<Finding> check(DbtProject project) {
        List<Finding> out = new ArrayList<>(project.readFindings());
        for (DbtNode node : project.nodes().values()) {
            node.refs().forEach(ref -> unresolvedRef(project, node, ref).ifPresent(out::add));
            node.sourceRefs().stream().filter(s -> project.resolve(s).isEmpty())
                    .forEach(s -> out.add(unresolvedSource(project, node, s)));
        }
        DbtGraph.of(project, true).cycle().ifPresent(cycle -> out.add(Finding.error(project.nodes().get(cycle.get(0)).file(),
                "These nodes depend on each other in a cycle: " + cycle.stream().map(DbtIds::shortName)
                        .collect(Collectors.joining(" -> ")) + ".", "dbt cannot order them; remove one of the ref() calls.",
                cycle.get(0))));
        for (DbtNode model : project.ofType(NodeType.MODEL)) {
            if (model.description().isEmpty()) {
                out.add(Finding.warning(model.file(), "Model " + model.name() + " has no description.",
                        "Add 'description:' to its entry under 'models:' in a schema .yml file.", model.uniqueId()));
            }
            if (project.testsOf(model.uniqueId()).isEmpty()) {
                out.add(Finding.warning(model.file(), "Model " + model.name() + " has no test.",
                        "Add at least one (e.g. 'data_tests: [unique, not_null]' on its key column) in a schema .yml file.",
                        model.uniqueId()));
            }
        }
        out.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }

    private static Optional<Finding> unresolvedRef(DbtProject project, DbtNode node, SqlScan.Ref ref) {
        if (project.resolve(ref).isPresent()) {
            return Optional.empty();
        }
        if (ref.packageName() != null && !ref.packageName().equals(project.name())) {
            String fix = project.packagesInstalled() ? "Check the package's name in packages.yml and the model's name."
                    : "Packages are not installed on the VM: run 'dbt deps' (the all-etl flow does before it builds).";
            return Optional.of(Finding.error(node.file(), ref + " names package '" + ref.packageName()
                    + "', which has no model '" + ref.model() + "'.", fix, node.uniqueId()));
        }
        String near = closest(ref.model(), project.ofType(NodeType.MODEL).stream().map(DbtNode::name).toList());
        return Optional.of(Finding.error(node.file(), ref + " does not resolve to a model of " + project.name() + ".",
                (near == null ? "Create the model or correct the name." : "Did you mean '" + near + "'?"), node.uniqueId()));
    }

    private static Finding unresolvedSource(DbtProject project, DbtNode node, SqlScan.SourceRef ref) {
        List<String> declared = project.ofType(NodeType.SOURCE).stream().map(DbtNode::label).toList();
        return Finding.error(node.file(), ref + " is not a declared source table.", "Declare table '" + ref.table()
                + "' under source '" + ref.source() + "' in a schema .yml file" + (declared.isEmpty() ? "."
                : " (declared: " + String.join(", ", declared) + ")."), node.uniqueId());
    }

    /** The known name within two edits of {@code name}, for "did you mean". */
    private static String closest(String name, List<String> known) {
        return known.stream().filter(k -> distance(name, k) <= 2).min(Comparator.comparingInt(k -> distance(name, k))).orElse(null);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }
}
