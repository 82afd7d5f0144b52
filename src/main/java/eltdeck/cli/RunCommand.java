package eltdeck.cli;

import eltdeck.logs.ReorderWindow;
import eltdeck.prefect.Agent;
import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.FlowRun;
import eltdeck.prefect.FlowRuns;
import eltdeck.prefect.PrefectLogLevel;
import eltdeck.prefect.PrefectServer;
import eltdeck.prefect.RunFollower;
import eltdeck.prefect.RunLogEntry;
import eltdeck.prefect.RunRequest;
import eltdeck.prefect.RunStates;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck run NAME FLOW}: start a run now; with --follow, print its log until it ends and exit by its result. */
@Command(name = "run", mixinStandardHelpOptions = true, description = {"Start a run of a flow now (its current version).",
        "With --follow, print its log in time order until it finishes: exit 0 on success, 1 when it failed or was cancelled."})
final class RunCommand implements Callable<Integer> {
    static final int INTERRUPTED = 130;
    @ParentCommand EltDeckCli root;
    @Mixin VmOptions vm;
    @Mixin PrefectOptions prefect;
    @Parameters(index = "0", description = "Profile name.") String name;
    @Parameters(index = "1", description = "Flow name (or PROJECT/NAME).") String flowName;
    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter value for this run (over the flow's defaults).")
    List<String> params = new ArrayList<>();
    @Option(names = "--run-name", paramLabel = "TEXT", description = "A name for the run (default: the server picks one).") String runName;
    @Option(names = {"-f", "--follow"}, description = "Print the run's log until it finishes.") boolean follow;
    @Mixin ReorderOption reorder;

    @Override
    public Integer call() throws Exception {
        try (PrefectLink api = PrefectLink.open(root, vm, prefect, name)) {
            PrintWriter out = root.terminal().outWriter();
            PrintWriter err = root.terminal().errWriter();
            Flow flow = new FlowCatalog(api.client()).find(flowName);
            List<Agent> agents = new PrefectServer(api.client()).agents();
            if (agents.stream().noneMatch(a -> a.isRecent(Instant.now()) && a.serves(flow.labels()))) {
                err.println("Warning: no agent with labels " + flow.labels() + " has asked for work in the last minute;"
                        + " the run waits in Scheduled until one does. Check: eltdeck logs " + name + " agent");
                err.flush();
            }
            String id = new FlowRuns(api.client()).create(RunRequest.of(flow, ParameterValues.parse(params), runName));
            out.println("Run " + id + " of " + flow.project() + "/" + flow.name() + " created.");
            out.flush();
            return follow ? follow(api, id, PrefectLogLevel.DEBUG, reorder.window, out) : 0;
        }
    }

    /**
     * Prints the run's log in time order, each line held for {@code reorder} so late uploads take their place; the
     * lines still held and then the final state when it ends, or when the user stops following.
     */
    static int follow(PrefectLink api, String runId, PrefectLogLevel minimum, Duration reorder, PrintWriter out) throws Exception {
        RunFollower follower = new RunFollower(api.client(), runId, minimum);
        ReorderWindow<RunLogEntry> held = new ReorderWindow<>(RunLogEntry::timestamp, reorder, Clock.systemUTC());
        try (StopOnSignal onSignal = new StopOnSignal("run-follow-stop", Thread.currentThread()::interrupt, Duration.ofSeconds(5))) {
            FlowRun end = follower.follow(rows -> {
                held.offer(rows);
                print(held.due(), out);
            }, run -> {
                if (!run.isFinished()) {
                    printState(run, out);
                }
            });
            print(held.drain(), out);
            printState(end, out);
            return RunStates.isSuccessful(end.state()) ? 0 : 1;
        } catch (InterruptedException e) {
            print(held.drain(), out);
            out.println("Stopped following; the run goes on. Cancel it with: eltdeck runs cancel NAME " + runId);
            out.flush();
            return INTERRUPTED;
        }
    }

    private static void print(List<RunLogEntry> rows, PrintWriter out) {
        rows.forEach(r -> out.println(Times.local(r.timestamp()) + " " + r.text()));
        out.flush();
    }

    private static void printState(FlowRun run, PrintWriter out) {
        out.println("State: " + run.state() + (run.stateMessage() == null ? "" : " (" + run.stateMessage() + ")"));
        out.flush();
    }
}
