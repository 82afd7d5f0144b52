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
import eltdeck.ui.logs.FollowedPage;
import eltdeck.ui.logs.LogViewModel;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
    private final Duration every;
    private final Duration finalGrace;
    private final FollowedPage<FlowRun> page;
    private final ObservableList<RunDetail.StateChange> states = FXCollections.observableArrayList();
    private final ObservableList<RunDetail.TaskRun> taskRuns = FXCollections.observableArrayList();
    private final ObjectProperty<PrefectLogLevel> level = new SimpleObjectProperty<>(this, "level", PrefectLogLevel.INFO);

    public RunViewModel(GraphQlClient client, String runId, TaskRunner tasks, LogViewModel log, Consumer<String> notify,
                        Duration every, Duration finalGrace) {
        this.client = client;
        this.runId = runId;
        this.tasks = tasks;
        this.every = every;
        this.finalGrace = finalGrace;
        this.page = new FollowedPage<>("run", tasks, log, notify, FlowRun::isFinished, RunViewModel::endedText);
        level.addListener((o, was, now) -> {
            if (page.started()) {
                page.replaceLog(logSource());
            }
        });
    }

    /** Starts reading the run and its log; call once. */
    public void start() {
        FlowRuns runs = new FlowRuns(client);
        page.start(logSource(), every, () -> runs.detail(runId), this::show, page::readFailed);
    }

    /** Stops reading (the page was closed). */
    public void close() {
        page.close();
    }

    /** Asks the server to cancel; the state it answers shows at once. */
    public void cancel() {
        if (page.beginCancel()) {
            tasks.call(() -> new FlowRuns(client).cancel(runId), state -> page.clearError(), page::cancelFailed);
        }
    }

    private RunLogSource logSource() {
        return new RunLogSource(new RunFollower(client, runId, level.get(), every, finalGrace), "run");
    }

    private void show(RunDetail detail) {
        boolean done = page.show(detail.run(), () -> {
            states.setAll(detail.states());
            taskRuns.setAll(detail.taskRuns());
        });
        if (done) {
            page.stopPolling(); // a finished run changes no more
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

    /** The run's state, log, cancel and error, as every followed page has them. */
    public FollowedPage<FlowRun> page() {
        return page;
    }

    public LogViewModel log() {
        return page.log();
    }

    /** The run as last read; null before the first read. */
    public ReadOnlyObjectProperty<FlowRun> runProperty() {
        return page.jobProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return page.finishedProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return page.cancelRequestedProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return page.errorProperty();
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
