package eltdeck.dbt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the console shows of a dbt project at one moment: the project, its check findings, and the last run's
 * results (from target/run_results.json when there is one).
 */
public record DbtState(DbtProject project, List<Finding> findings, Optional<RunResults> results) {

    public DbtState {
        findings = List.copyOf(findings);
    }

    /** Reads the project and its results from the files; unreadable results become a warning, not a failure. */
    public static DbtState of(ProjectFiles files) {
        DbtProject project = DbtProjectReader.read(files);
        List<Finding> findings = new ArrayList<>(ProjectChecks.check(project));
        Optional<RunResults> results = Optional.empty();
        Optional<String> text = files.get(ProjectFiles.RUN_RESULTS);
        if (text.isPresent()) {
            try {
                results = Optional.of(RunResults.parse(text.get()));
            } catch (IllegalArgumentException e) {
                findings.add(Finding.warning(ProjectFiles.RUN_RESULTS, e.getMessage(), "The next dbt run writes it again.", null));
            }
        }
        return new DbtState(project, findings, results);
    }

    /** The same project with the results of a run read afterwards. */
    public DbtState withResults(Optional<RunResults> newer) {
        return new DbtState(project, findings, newer.isPresent() ? newer : results);
    }

    public Optional<NodeResult> resultOf(String uniqueId) {
        return results.flatMap(r -> r.forNode(uniqueId));
    }

    /**
     * The last outcome to colour a node by: its own result; for a source, which dbt does not run, the worst of its
     * tests' results. Empty when the last run did not touch it.
     */
    public Optional<NodeResult.Outcome> outcomeOf(String uniqueId) {
        Optional<NodeResult> own = resultOf(uniqueId);
        if (own.isPresent() || project.node(uniqueId).map(n -> n.type() != NodeType.SOURCE).orElse(true)) {
            return own.map(NodeResult::outcome);
        }
        return project.testsOf(uniqueId).stream().map(t -> resultOf(t.uniqueId())).flatMap(Optional::stream)
                .map(NodeResult::outcome).min(Comparator.comparingInt(DbtState::severity));
    }

    /** Worst first: failed, warned, skipped, passed. */
    private static int severity(NodeResult.Outcome o) {
        return switch (o) {
            case FAILED -> 0;
            case WARNED -> 1;
            case SKIPPED -> 2;
            case OTHER -> 3;
            case PASSED -> 4;
        };
    }

    public long errorCount() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
    }
}
