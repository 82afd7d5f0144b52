package eltdeck.ui.prefect;

import eltdeck.prefect.FlowRun;
import eltdeck.prefect.FlowRuns;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.RunFilter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * While on, reads the newest failed runs of every flow every {@code every} and tells of each that failed since it
 * was switched on. Runs on a daemon thread of its own; a read that fails is tried again at the next turn.
 */
final class FailedRunWatch {
    static final List<String> FAILED = List.of("Failed", "TimedOut", "TriggerFailed", "ValidationFailed");
    private static final int NEWEST = 25;

    private final Supplier<GraphQlClient> api;
    private final Consumer<FlowRun> failed;
    private final Duration every;
    private Thread thread;

    /** @param api the API now, or null while it cannot be reached */
    FailedRunWatch(Supplier<GraphQlClient> api, Consumer<FlowRun> failed, Duration every) {
        this.api = api;
        this.failed = failed;
        this.every = every;
    }

    synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::watch, "failed-run-watch");
            thread.setDaemon(true);
            thread.start();
        }
    }

    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    private void watch() {
        Set<String> known = new HashSet<>();
        boolean baseline = true;
        while (!Thread.currentThread().isInterrupted()) {
            GraphQlClient client = api.get();
            if (client != null) {
                try {
                    List<FlowRun> runs = new FlowRuns(client).recent(new RunFilter(null, FAILED, NEWEST));
                    // The first read only learns what had failed before the watch began.
                    for (FlowRun r : runs) {
                        if (known.add(r.id()) && !baseline) {
                            failed.accept(r);
                        }
                    }
                    baseline = false;
                } catch (Exception e) {
                    // Unreachable for now (disconnected, restarting): the next turn tries again.
                }
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
