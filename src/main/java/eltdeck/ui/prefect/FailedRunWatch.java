package eltdeck.ui.prefect;

import eltdeck.prefect.FlowRun;
import eltdeck.prefect.FlowRuns;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.RunFilter;
import eltdeck.ui.common.TaskRunner;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * While on, reads the newest failed runs of every flow every {@code every} and tells of each that failed since it
 * was switched on. The reads run through the {@link TaskRunner}; a read that fails is tried again at the next turn.
 * UI thread only.
 */
final class FailedRunWatch {
    static final List<String> FAILED = List.of("Failed", "TimedOut", "TriggerFailed", "ValidationFailed");
    private static final int NEWEST = 25;

    private final Supplier<GraphQlClient> api;
    private final Consumer<FlowRun> failed;
    private final Duration every;
    private final TaskRunner tasks;
    private final Set<String> known = new HashSet<>();
    private boolean baseline;
    private TaskRunner.Repeating reading;

    /**
     * @param api the API now, or null while it cannot be reached (asked off the UI thread)
     * @param failed hears of each new failed run, on the UI thread
     */
    FailedRunWatch(Supplier<GraphQlClient> api, Consumer<FlowRun> failed, Duration every, TaskRunner tasks) {
        this.api = api;
        this.failed = failed;
        this.every = every;
        this.tasks = tasks;
    }

    void start() {
        if (reading == null) {
            known.clear();
            baseline = true;
            reading = tasks.every(every, this::newestFailed, this::learn, e -> {
                // Unreachable for now (disconnected, restarting): the next turn tries again.
            });
        }
    }

    void stop() {
        if (reading != null) {
            reading.cancel();
            reading = null;
        }
    }

    /** In the background: the newest failed runs, or nothing while the API cannot be reached. */
    private Optional<List<FlowRun>> newestFailed() throws Exception {
        GraphQlClient client = api.get();
        return client == null ? Optional.empty() : Optional.of(new FlowRuns(client).recent(new RunFilter(null, FAILED, NEWEST)));
    }

    private void learn(Optional<List<FlowRun>> read) {
        if (read.isEmpty()) {
            return;
        }
        // The first read only learns what had failed before the watch began.
        for (FlowRun r : read.get()) {
            if (known.add(r.id()) && !baseline) {
                failed.accept(r);
            }
        }
        baseline = false;
    }
}
