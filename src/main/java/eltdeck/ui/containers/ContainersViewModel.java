package eltdeck.ui.containers;

import eltdeck.logs.SourceGroup;
import eltdeck.profile.Profile;
import eltdeck.stack.ContainerInfo;
import eltdeck.stack.StackControl;
import eltdeck.ui.common.Durations;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.logs.LogViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The containers tab of one profile: the stack's containers, live while the tab is shown, actions on the selected
 * service, and the logs of a service or of all of them.
 *
 * <p>While active, one {@link StackConnection} is kept and {@link #poll} (a timer of the task runner, every
 * {@link #POLL_INTERVAL}) lists the containers over it; {@link #deactivate} ends the logs and closes the link.
 * Results that come back after a deactivate are dropped. Used on the UI thread only; the work runs in the
 * background through the {@link TaskRunner}.
 */
public final class ContainersViewModel {
    /** Where the live table stands. */
    public enum Phase { IDLE, CONNECTING, LIVE, FAILED }

    public static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

    private final Supplier<Profile> profile;
    private final StackConnector connector;
    private final TaskRunner tasks;
    /** Lists again every {@link #POLL_INTERVAL} while active. */
    private TaskRunner.Repeating ticks;
    private final LogViewModel logs;
    private final ContainerRows containerRows = new ContainerRows();
    private final ContainerLogFollow logFollow;
    private final ObjectProperty<ContainerRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Instant> updated = new ReadOnlyObjectWrapper<>(this, "updated");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper actionText = new ReadOnlyStringWrapper(this, "actionText", "");
    private final ReadOnlyBooleanWrapper actionFailed = new ReadOnlyBooleanWrapper(this, "actionFailed");
    /** Held in a field: a chained value only watches its sources while someone holds it. */
    private final ObservableValue<Boolean> selectedRunning;
    private final BooleanBinding canAct;
    private final BooleanBinding canStop;
    private final BooleanBinding canStart;

    private boolean active;
    /** Bumped on deactivate: what an older link sends back is dropped. */
    private int generation;
    private StackConnection connection;
    private boolean polling;
    /** An action ended while a poll was under way: poll again at once, the poll may have read the old state. */
    private boolean pollAgain;

    public ContainersViewModel(Supplier<Profile> profile, StackConnector connector, LogViewModel logs, TaskRunner tasks) {
        this.profile = profile;
        this.connector = connector;
        this.logs = logs;
        this.tasks = tasks;
        this.logFollow = new ContainerLogFollow(logs, containerRows, tasks);
        selectedRunning = selected.flatMap(ContainerRow::stateProperty).map("running"::equals).orElse(false);
        canAct = Bindings.createBooleanBinding(() -> phase.get() == Phase.LIVE && selected.get() != null && !busy.get(),
                phase, selected, busy);
        canStop = canAct.and(Bindings.createBooleanBinding(selectedRunning::getValue, selectedRunning));
        canStart = canAct.and(Bindings.createBooleanBinding(() -> !selectedRunning.getValue(), selectedRunning));
        logs.tailProperty().addListener(o -> restartLogs());
        logs.sinceProperty().addListener(o -> restartLogs());
    }

    /** The tab is shown: connect and list the containers, and resume the logs that were open. */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        refresh();
        ticks = tasks.everyOnUi(POLL_INTERVAL, this::poll);
    }

    /** The tab is hidden, the profile changed or the window closes: end the logs and close the link. */
    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        ticks.cancel();
        generation++;
        polling = false;
        pollAgain = false;
        releaseLink();
        phase.set(Phase.IDLE);
    }

    /** A tick of the poll timer: lists the containers again, unless the last attempt failed (that waits for retry). */
    public void poll() {
        if (phase.get() != Phase.FAILED) {
            refresh();
        }
    }

    /** Lists the containers now, connecting first if there is no link (Retry, F5). */
    public void refresh() {
        if (!active) {
            return;
        }
        if (polling) {
            pollAgain = true;
            return;
        }
        polling = true;
        int gen = generation;
        StackConnection c = connection;
        if (c == null) {
            phase.set(Phase.CONNECTING);
            error.set("");
            tasks.call(() -> connector.open(profile.get()), opened -> connected(gen, opened), e -> failed(gen, e));
        } else {
            tasks.call(c::containers, list -> listed(gen, list), e -> failed(gen, e));
        }
    }

    public void restartService() {
        control(StackControl.Action.RESTART);
    }

    /** Stops the selected service (the view has asked the user). */
    public void stopService() {
        control(StackControl.Action.STOP);
    }

    public void startService() {
        control(StackControl.Action.START);
    }

    /** Shows the logs of the selected container's service (Enter in the table). */
    public void openSelectedLogs() {
        ContainerRow row = selected.get();
        if (row != null) {
            openLogs(LogTarget.of(row.service()));
        }
    }

    /** Shows the logs of the target instead of what was shown: the old remote readers end. */
    public void openLogs(LogTarget target) {
        if (logFollow.choose(target)) {
            restartLogs();
        }
    }

    public void closeLogs() {
        logFollow.unchoose();
        restartLogs();
    }

    private void connected(int gen, StackConnection opened) {
        if (gen != generation) {
            tasks.run(opened::close, () -> { }, e -> { });
            return;
        }
        connection = opened;
        tasks.call(opened::containers, list -> listed(gen, list), e -> failed(gen, e));
    }

    private void listed(int gen, List<ContainerInfo> containers) {
        if (gen != generation) {
            return;
        }
        polling = false;
        containerRows.show(containers);
        updated.set(Instant.now());
        error.set("");
        phase.set(Phase.LIVE);
        if (logFollow.stale()) {
            restartLogs(); // the target's containers changed (recreated, scaled), or the logs wait for the link
        }
        if (pollAgain) {
            pollAgain = false;
            refresh();
        }
    }

    private void failed(int gen, Exception e) {
        if (gen != generation) {
            return;
        }
        polling = false;
        pollAgain = false;
        phase.set(Phase.FAILED);
        error.set(why(e));
        releaseLink(); // it may be dead: Retry starts with a new one
    }

    /** Ends the logs and closes the link in the background; the logs stop before the link they read over. */
    private void releaseLink() {
        SourceGroup group = logFollow.detach();
        StackConnection c = connection;
        connection = null;
        tasks.run(() -> {
            if (group != null) {
                group.stop();
            }
            if (c != null) {
                c.close();
            }
        }, () -> { }, e -> { });
    }

    private void control(StackControl.Action action) {
        ContainerRow row = selected.get();
        StackConnection c = connection;
        boolean allowed = switch (action) {
            case STOP -> canStop.get();
            case START -> canStart.get();
            case RESTART -> canAct.get();
        };
        if (!allowed || row == null || c == null) {
            return;
        }
        String service = row.service();
        busy.set(true);
        actionFailed.set(false);
        actionText.set(ongoing(action) + " " + service + "…");
        long started = System.nanoTime();
        int gen = generation;
        tasks.run(() -> c.control(action, service, line -> { }),
                () -> controlled(gen, action, service, Duration.ofNanos(System.nanoTime() - started)),
                e -> controlFailed(action, service, e));
    }

    private void controlled(int gen, StackControl.Action action, String service, Duration took) {
        busy.set(false);
        actionText.set(done(action) + " " + service + " in " + Durations.seconds(took) + ".");
        if (gen != generation) {
            return;
        }
        if (logFollow.follows(service)) {
            restartLogs(); // docker logs -f ends with its container: follow the service's new run
        }
        refresh();
    }

    private void controlFailed(StackControl.Action action, String service, Exception e) {
        busy.set(false);
        actionFailed.set(true);
        actionText.set("Could not " + action.name().toLowerCase(Locale.ROOT) + " " + service + ": "
                + why(e));
    }

    private static String ongoing(StackControl.Action action) {
        return switch (action) {
            case STOP -> "Stopping";
            case START -> "Starting";
            case RESTART -> "Restarting";
        };
    }

    private static String done(StackControl.Action action) {
        return switch (action) {
            case STOP -> "Stopped";
            case START -> "Started";
            case RESTART -> "Restarted";
        };
    }

    /** The exception's message for the user, never its stack trace. */
    private static String why(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "unexpected " + e.getClass().getSimpleName() : e.getMessage();
    }

    /** Ends the logs shown and starts the target's afresh over the current link. */
    private void restartLogs() {
        logFollow.restart(connection, active);
    }

    public ObservableList<ContainerRow> rows() {
        return containerRows.rows();
    }

    /** "All services", then each service of the stack. */
    public ObservableList<LogTarget> logTargets() {
        return containerRows.logTargets();
    }

    /** The row the actions and Enter apply to; the view binds the table's selection here. */
    public ObjectProperty<ContainerRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Why the last attempt failed, in words; empty unless FAILED. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** When the containers were last listed. */
    public ReadOnlyObjectProperty<Instant> updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    /** "5 containers · 4 running · 1 unhealthy". */
    public ReadOnlyStringProperty summaryProperty() {
        return containerRows.summaryProperty();
    }

    /** An action runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Restarting agent…", then how it ended. */
    public ReadOnlyStringProperty actionTextProperty() {
        return actionText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty actionFailedProperty() {
        return actionFailed.getReadOnlyProperty();
    }

    public BooleanBinding canRestartProperty() {
        return canAct;
    }

    public BooleanBinding canStopProperty() {
        return canStop;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** Whose logs are shown; null while the logs are closed. */
    public ReadOnlyObjectProperty<LogTarget> logTargetProperty() {
        return logFollow.targetProperty();
    }

    public LogViewModel logs() {
        return logs;
    }

    public String profileName() {
        return profile.get().name();
    }
}
