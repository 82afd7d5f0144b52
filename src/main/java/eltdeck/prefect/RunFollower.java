package eltdeck.prefect;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Follows a run until it finishes: its log rows (each once) and its state changes, polled every {@code every}. After
 * the run finishes it reads the log once more after {@code finalGrace}, for the last batch a flow runner uploads
 * at exit. Blocks; ends early when the thread is interrupted.
 */
public final class RunFollower {
    /** Prefect Core's own watcher polls every 2 s. */
    public static final Duration DEFAULT_EVERY = Duration.ofSeconds(2);
    public static final Duration DEFAULT_FINAL_GRACE = Duration.ofSeconds(6);

    private final FlowRuns runs;
    private final RunLogTail tail;
    private final String runId;
    private final Duration every;
    private final Duration finalGrace;

    public RunFollower(GraphQlClient client, String runId, PrefectLogLevel minimum, Duration every, Duration finalGrace) {
        this.runs = new FlowRuns(client);
        this.tail = new RunLogTail(client, runId, minimum);
        this.runId = runId;
        this.every = every;
        this.finalGrace = finalGrace;
    }

    public RunFollower(GraphQlClient client, String runId, PrefectLogLevel minimum) {
        this(client, runId, minimum, DEFAULT_EVERY, DEFAULT_FINAL_GRACE);
    }

    /**
     * Delivers lines and each new state until the run is finished; returns it as it ended. {@code lines} hears after
     * every poll, with no rows when none came, so a caller holding lines can let them go on time.
     */
    public FlowRun follow(Consumer<List<RunLogEntry>> lines, Consumer<FlowRun> stateChanged)
            throws PrefectApiException, InterruptedException {
        String lastState = null;
        while (true) {
            FlowRun run = runs.get(runId);
            deliver(lines);
            if (!run.state().equals(lastState)) {
                lastState = run.state();
                stateChanged.accept(run);
            }
            if (run.isFinished()) {
                Thread.sleep(finalGrace.toMillis());
                deliver(lines);
                return run;
            }
            Thread.sleep(every.toMillis());
        }
    }

    private void deliver(Consumer<List<RunLogEntry>> lines) throws PrefectApiException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        lines.accept(tail.poll());
    }
}
