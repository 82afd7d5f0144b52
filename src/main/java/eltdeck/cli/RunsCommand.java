package eltdeck.cli;

import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.FlowRun;
import eltdeck.prefect.FlowRuns;
import eltdeck.prefect.PrefectLogLevel;
import eltdeck.prefect.RunFilter;
import eltdeck.prefect.RunLogEntry;
import eltdeck.prefect.RunLogTail;
import eltdeck.prefect.RunStates;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck runs list|logs|cancel}: the flow runs on the stack's Prefect server. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List flow runs, print a run's log, cancel a run.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Logs.class, RunsCommand.Cancel.class})
final class RunsCommand {
    @ParentCommand EltDeckCli root;

    @Command(name = "list", description = "Recent runs, newest first: state, start, duration.")
    static final class ListRuns implements Callable<Integer> {
        @ParentCommand RunsCommand parent;
        @Mixin VmOptions vm;
        @Mixin PrefectOptions prefect;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Option(names = "--flow", paramLabel = "FLOW", description = "Only runs of this flow.") String flowName;
        @Option(names = "--state", paramLabel = "STATE", description = "Only runs in this state (repeatable), e.g. Failed.")
        List<String> states = new ArrayList<>();
        @Option(names = "--limit", paramLabel = "N", description = "At most N runs (default 20).") int limit = 20;

        @Override
        public Integer call() throws Exception {
            try (PrefectLink api = PrefectLink.open(parent.root, vm, prefect, name)) {
                String group = flowName == null ? null : new FlowCatalog(api.client()).find(flowName).flowGroupId();
                List<FlowRun> runs = new FlowRuns(api.client()).recent(new RunFilter(group, states, limit));
                PrintWriter out = parent.root.terminal().outWriter();
                out.printf("%-36s  %-14s  %-20s  %-25s  %s%n", "ID", "STATE", "FLOW", "STARTED", "DURATION");
                Instant now = Instant.now();
                for (FlowRun run : runs) {
                    out.printf("%-36s  %-14s  %-20s  %-25s  %s%n", run.id(), run.state(), run.flowName(),
                            Times.local(run.start() != null ? run.start() : run.scheduledStart()), Times.duration(run.duration(now)));
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "logs", description = "A run's log; with -f, follow it until the run finishes.")
    static final class Logs implements Callable<Integer> {
        @ParentCommand RunsCommand parent;
        @Mixin VmOptions vm;
        @Mixin PrefectOptions prefect;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Parameters(index = "1", paramLabel = "RUN_ID", description = "The run's id (see: eltdeck runs list).") String runId;
        @Option(names = {"-f", "--follow"}, description = "Keep printing until the run finishes.") boolean follow;
        @Mixin ReorderOption reorder;
        @Option(names = "--level", paramLabel = "LEVEL", description = "Only this level and higher: DEBUG, INFO, WARNING, ERROR, CRITICAL.")
        String level = "DEBUG";

        @Override
        public Integer call() throws Exception {
            PrefectLogLevel minimum = PrefectLogLevel.parse(level);
                try (PrefectLink api = PrefectLink.open(parent.root, vm, prefect, name)) {
                PrintWriter out = parent.root.terminal().outWriter();
                FlowRun run = new FlowRuns(api.client()).get(runId);
                if (follow && !run.isFinished()) {
                    return RunCommand.follow(api, runId, minimum, reorder.window, out);
                }
                for (RunLogEntry entry : new RunLogTail(api.client(), runId, minimum).poll()) {
                    out.println(Times.local(entry.timestamp()) + " " + entry.text());
                }
                out.println("State: " + run.state());
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "cancel", description = "Cancel a run: a running one stops within about 15 s, a waiting one at once.")
    static final class Cancel implements Callable<Integer> {
        @ParentCommand RunsCommand parent;
        @Mixin VmOptions vm;
        @Mixin PrefectOptions prefect;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Parameters(index = "1", paramLabel = "RUN_ID", description = "The run's id.") String runId;

        @Override
        public Integer call() throws Exception {
            try (PrefectLink api = PrefectLink.open(parent.root, vm, prefect, name)) {
                FlowRuns runs = new FlowRuns(api.client());
                String before = runs.get(runId).state();
                String state = runs.cancel(runId);
                PrintWriter out = parent.root.terminal().outWriter();
                if (RunStates.isFinished(before)) {
                    out.println("Run " + runId + " had already finished: " + state + ".");
                } else if (RunStates.CANCELLING.equals(state)) {
                    out.println("Run " + runId + " is Cancelling: its flow runner stops it and marks it Cancelled.");
                } else {
                    out.println("Run " + runId + " is " + state + ".");
                }
                out.flush();
                return 0;
            }
        }
    }
}
