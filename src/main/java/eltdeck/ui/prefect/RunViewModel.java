package eltdeck.ui.prefect;

import eltdeck.prefect.FlowRun;
import eltdeck.prefect.FlowRuns;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectLogLevel;
import eltdeck.prefect.RunDetail;
import eltdeck.prefect.RunFollower;
import eltdeck.prefect.RunLogSource;
import eltdeck.prefect.RunStates;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.logs.LogViewModel;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The page of one flow run: its state, state timeline and task runs, read every {@code every} until the run is
 * finished, and its log in a {@link LogViewModel} from a {@link RunLogSource} at the chosen level. Cancel asks the
 * server and shows what it answered (Cancelling while the flow runner stops, Cancelled once stopped). When a run
 * seen unfinished ends, {@code notify} hears of it. UI thread only; the reads run through the {@link TaskRunner}.
 */
public final class RunViewModel {
    private final GraphQlClient client;
    private final String runId;
    private final TaskRunner tasks;
    private final LogViewModel log;
    private final Consumer<String> notify;
    private final Duration every;
    private final Duration finalGrace;
    private final ReadOnlyObjectWrapper<FlowRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(this, "cancelRequested");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** No run shown yet and no error instead: its first read is under way. */
    private final BooleanBinding firstRead = run.isNull().and(error.isEmpty());
    private final ObservableList<RunDetail.StateChange> states = FXCollections.observableArrayList();
    private final ObservableList<RunDetail.TaskRun> taskRuns = FXCollections.observableArrayList();
    private final ObjectProperty<PrefectLogLevel> level = new SimpleObjectProperty<>(this, "level", PrefectLogLevel.INFO);
    private boolean seenUnfinished;
    private RunLogSource source;
    private TaskRunner.Repeating poller;

    public RunViewModel(GraphQlClient client, String runId, TaskRunner tasks, LogViewModel log, Consumer<String> notify,
                        Duration every, Duration finalGrace) {
        this.client = client;
        this.runId = runId;
        this.tasks = tasks;
        this.log = log;
        this.notify = notify;
        this.every = every;
        this.finalGrace = finalGrace;
        level.addListener((o, was, now) -> {
            if (source != null) {
                restartLog();
            }
        });
    }

    /** Starts reading the run and its log; call once. */
    public void start() {
        if (poller != null) {
            throw new IllegalStateException("A run page starts once.");
        }
        restartLog();
        FlowRuns runs = new FlowRuns(client);
        poller = tasks.every(every, () -> runs.detail(runId), this::show, e -> error.set(e.getMessage()));
    }

    /** Stops reading (the page was closed). */
    public void close() {
        if (poller != null) {
            poller.cancel();
        }
        if (source != null) {
            source.stop();
        }
    }

    /** Asks the server to cancel; the state it answers shows at once. */
    public void cancel() {
        if (finished.get() || cancelRequested.get()) {
            return;
        }
        cancelRequested.set(true);
        tasks.call(() -> new FlowRuns(client).cancel(runId), state -> error.set(""),
                e -> {
                    cancelRequested.set(false);
                    error.set("Could not cancel: " + e.getMessage());
                });
    }

    private void restartLog() {
        if (source != null) {
            source.stop();
        }
        log.clear();
        source = new RunLogSource(new RunFollower(client, runId, level.get(), every, finalGrace), "run");
        source.start(log.sink());
    }

    private void show(RunDetail detail) {
        error.set("");
        run.set(detail.run());
        states.setAll(detail.states());
        taskRuns.setAll(detail.taskRuns());
        boolean done = detail.run().isFinished();
        if (!done) {
            seenUnfinished = true;
        } else if (!finished.get() && seenUnfinished) {
            notify.accept(endedText(detail.run()));
        }
        finished.set(done);
        if (done) {
            poller.cancel(); // a finished run changes no more
        }
    }

    /** "Run 'nightly' of all-etl ended: Failed (message)". */
    static String endedText(FlowRun r) {
        String verdict = RunStates.isSuccessful(r.state()) ? "succeeded" : "ended " + r.state();
        return "Run '" + r.name() + "' of " + r.flowName() + " " + verdict
                + (r.stateMessage() == null || r.stateMessage().isBlank() ? "." : ": " + r.stateMessage());
    }

    public String runId() {
        return runId;
    }

    public LogViewModel log() {
        return log;
    }

    /** The run as last read; null before the first read. */
    public ReadOnlyObjectProperty<FlowRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    public BooleanBinding firstReadProperty() {
        return firstRead;
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The lowest level of the log rows shown; changing it reads the log again. */
    public ObjectProperty<PrefectLogLevel> levelProperty() {
        return level;
    }

    public ObservableList<RunDetail.StateChange> states() {
        return states;
    }

    public ObservableList<RunDetail.TaskRun> taskRuns() {
        return taskRuns;
    }
}
