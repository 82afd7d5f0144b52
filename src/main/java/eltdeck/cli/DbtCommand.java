package eltdeck.cli;

import eltdeck.dbt.DbtNode;
import eltdeck.dbt.DbtState;
import eltdeck.dbt.NodeResult;
import eltdeck.dbt.NodeType;
import eltdeck.dbt.RunResults;
import eltdeck.stack.DbtProjectFetch;
import eltdeck.stack.DbtRunner;
import eltdeck.stack.StackSession;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck dbt …}: the stack's dbt project on the VM: its models and checks, the last results, and runs. */
@Command(name = "dbt", mixinStandardHelpOptions = true, description = "The stack's dbt project: models, results, runs.",
        subcommands = {DbtCommand.Models.class, DbtCommand.Results.class, DbtCommand.Run.class})
final class DbtCommand {
    private static final String MODEL_ROW = "%-28s %-12s %-6s %-9s %s%n";
    private static final String RESULT_ROW = "%-9s %8s %8s  %s%n";
    @ParentCommand EltDeckCli root;

    @Command(name = "models", description = {"The models (materialization, tests, last status, description), then what the"
            + " checks found.", "Exit code 1 when a check found an error (a ref or source that does not resolve, a cycle)."})
    static final class Models extends Verb {
        @Override
        int on(StackSession stack, PrintWriter out) throws Exception {
            DbtState state = DbtState.of(DbtProjectFetch.fetch(stack));
            out.printf(MODEL_ROW, "MODEL", "MATERIALIZED", "TESTS", "LAST", "DESCRIPTION");
            for (DbtNode model : state.project().ofType(NodeType.MODEL)) {
                out.printf(MODEL_ROW, model.name(), model.materialized(), state.project().testsOf(model.uniqueId()).size(),
                        state.resultOf(model.uniqueId()).map(NodeResult::status).orElse("-"),
                        model.description().isEmpty() ? "-" : model.description());
            }
            out.println();
            if (state.findings().isEmpty()) {
                out.println("Checks: no findings.");
            }
            state.findings().forEach(out::println);
            return state.errorCount() > 0 ? 1 : 0;
        }
    }

    @Command(name = "results", description = "The last dbt command's results per node (target/run_results.json on the VM).")
    static final class Results extends Verb {
        @Override
        int on(StackSession stack, PrintWriter out) throws Exception {
            Optional<RunResults> results = new DbtRunner(stack).readResults();
            if (results.isEmpty()) {
                out.println("No results yet: dbt has not run in " + DbtProjectFetch.projectDir(stack)
                        + ". Run it: eltdeck dbt run " + name);
            } else {
                print(results.get(), out);
            }
            return 0;
        }
    }

    @Command(name = "run", description = {"Run dbt in the agent's container, output live; exit code is dbt's, explained at the"
            + " end.", "Ctrl-C interrupts dbt in the container as Ctrl-C in a terminal would."})
    static final class Run extends Verb {
        @Option(names = "--command", paramLabel = "build|run|test", description = "dbt command (default build).") String command = "build";
        @Option(names = "--select", paramLabel = "S", description = "dbt selection, e.g. 'stg_shop__orders+' or 'tag:staging'.") String select;

        @Override
        void validate() {
            DbtRunner.Command.of(command);
            DbtRunner.selectors(select);
        }

        @Override
        int on(StackSession stack, PrintWriter out) throws Exception {
            DbtRunner runner = new DbtRunner(stack);
            DbtRunner.Outcome outcome;
            try (StopOnSignal onCtrlC = new StopOnSignal("dbt-cancel", runner::cancel, Duration.ofSeconds(15))) {
                outcome = runner.run(DbtRunner.Command.of(command), select, line -> {
                    out.println(line);
                    out.flush();
                });
            }
            out.println();
            if (outcome.fresh()) {
                outcome.results().ifPresent(r -> out.println("Results: " + r.summaryLine()));
            } else {
                out.println("dbt wrote no new results.");
            }
            out.println(outcome.explanation());
            return outcome.exitCode();
        }
    }

    /** A dbt verb: checks its options, then works over the profile's stack with the terminal's output. */
    abstract static class Verb implements Callable<Integer> {
        @ParentCommand DbtCommand parent;
        @Mixin VmOptions vm;
        @Parameters(index = "0", description = "Profile name.") String name;

        /** Refuses bad options before connecting. */
        void validate() {
        }

        abstract int on(StackSession stack, PrintWriter out) throws Exception;

        @Override
        public Integer call() throws Exception {
            validate();
            try (StackSession stack = vm.stack(parent.root.context(), name)) {
                PrintWriter out = parent.root.terminal().outWriter();
                try {
                    return on(stack, out);
                } finally {
                    out.flush();
                }
            }
        }
    }

    private static void print(RunResults results, PrintWriter out) {
        out.println((results.command() == null ? "dbt" : results.command()) + ", generated "
                + (results.generatedAt() == null ? "at an unknown time" : results.generatedAt()) + ", " + results.versionNote());
        out.printf(RESULT_ROW, "STATUS", "SECONDS", "FAILURES", "NODE");
        for (NodeResult r : results.results()) {
            out.printf(RESULT_ROW, r.status(), String.format("%.2f", r.executionTime()),
                    r.failures() == null ? "-" : r.failures(), r.uniqueId());
            if (r.outcome() == NodeResult.Outcome.FAILED || r.outcome() == NodeResult.Outcome.WARNED) {
                Optional.ofNullable(r.message()).ifPresent(m -> m.lines().forEach(l -> out.println("          " + l)));
            }
        }
        out.println(results.summaryLine() + String.format(" in %.1f s", results.elapsedTime()));
        out.flush();
    }
}
