package eltdeck.ui.prefect;

import atlantafx.base.theme.Styles;
import eltdeck.prefect.DurationWords;
import eltdeck.prefect.FlowRun;
import eltdeck.prefect.PrefectLogLevel;
import eltdeck.prefect.RunDetail;
import eltdeck.prefect.RunStates;
import eltdeck.ui.common.ColumnHeaders;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.RunStateStyle;
import eltdeck.ui.common.StateTableCell;
import eltdeck.ui.logs.FollowedPageWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The page of one run in a window of its own: state, timeline, task runs and the live log. Closing it stops reading. */
final class RunWindow {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm:ss");

    private RunWindow() {
    }

    static Stage open(Window owner, RunViewModel vm) {
        ZoneId local = ZoneId.systemDefault();
        FollowedPageWindow window = new FollowedPageWindow("run", vm.page(), "Cancel run");
        window.title().setText("Run");
        Label state = window.state();
        state.setId("run-state");
        ChoiceBox<PrefectLogLevel> level = new ChoiceBox<>();
        level.setId("run-level");
        level.getItems().setAll(PrefectLogLevel.values());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        level.setTooltip(new Tooltip("The lowest level of log rows shown; changing it reads the log again"));

        ListView<RunDetail.StateChange> timeline = new ListView<>(vm.states());
        timeline.setId("run-states");
        timeline.getStyleClass().add(Styles.DENSE);
        timeline.setCellFactory(v -> new StateCell(local));
        TableView<RunDetail.TaskRun> tasks = taskTable(vm, local);
        VBox side = new VBox(8, Labels.caption("State timeline"), timeline, Labels.caption("Task runs"), tasks);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox.setVgrow(tasks, Priority.ALWAYS);
        side.setMinWidth(260);

        vm.runProperty().addListener((o, was, run) -> {
            window.title().setText(run.flowName() + " · " + run.name());
            state.setText(run.state());
            RunStateStyle.apply(state, run.state());
            window.message().setText(run.stateMessage() == null ? "" : run.stateMessage());
            window.times().setText(timesText(run, local));
            window.stage().setTitle(run.flowName() + " · " + run.name() + " — " + run.state());
        });
        return window.show(owner, "Run " + vm.runId(), side, "Reading the run…", 0.34, () -> cancelQuestion(vm),
                vm::cancel, Labels.caption("Log level"), level);
    }

    private static FollowedPageWindow.CancelQuestion cancelQuestion(RunViewModel vm) {
        FlowRun run = vm.runProperty().get();
        boolean running = run != null && RunStates.RUNNING.equals(run.state());
        return new FollowedPageWindow.CancelQuestion("Cancel run '" + (run == null ? vm.runId() : run.name()) + "'?",
                running ? "The run is Running: it becomes Cancelling, and Cancelled once its flow runner stops it"
                        + " (within about 15 s). Tasks already done stay done."
                        : "The run has not started: it becomes Cancelled at once.");
    }

    /** Opens the page of each run the property is set to, over the window {@code owner} is in. */
    static javafx.beans.value.ChangeListener<RunViewModel> opener(javafx.scene.Node owner) {
        return (o, was, page) -> {
            if (page != null) {
                open(owner.getScene().getWindow(), page);
            }
        };
    }

    static String timesText(FlowRun run, ZoneId local) {
        if (run.start() == null) {
            return run.scheduledStart() == null ? "Not started" : "Due " + DATE_TIME.format(run.scheduledStart().atZone(local));
        }
        return "Started " + DATE_TIME.format(run.start().atZone(local)) + " · " + (run.end() == null ? "running for " : "took ")
                + DurationWords.of(run.duration(Instant.now()));
    }

    private static TableView<RunDetail.TaskRun> taskTable(RunViewModel vm, ZoneId local) {
        TableView<RunDetail.TaskRun> table = new TableView<>(vm.taskRuns());
        table.setId("run-tasks");
        ColumnHeaders.neverCut(table);
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No task runs yet"));
        TableColumn<RunDetail.TaskRun, String> name = new TableColumn<>("Task");
        name.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().taskName()));
        TableColumn<RunDetail.TaskRun, String> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().state()));
        state.setCellFactory(c -> new StateTableCell<>());
        TableColumn<RunDetail.TaskRun, String> took = new TableColumn<>("Took");
        took.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().start() == null ? "—"
                : DurationWords.of(Duration.between(c.getValue().start(), c.getValue().end() == null ? Instant.now() : c.getValue().end()))));
        table.getColumns().setAll(java.util.List.of(name, state, took));
        return table;
    }

    /** "Running  10:02:03  Running flow." */
    private static final class StateCell extends ListCell<RunDetail.StateChange> {
        private final ZoneId local;

        StateCell(ZoneId local) {
            this.local = local;
            // As wide as the list, never wider: the list does not scroll sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RunDetail.StateChange s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label state = new Label(s.state(), new FontIcon(Feather.CIRCLE));
            state.getStyleClass().add("run-state");
            RunStateStyle.apply(state, s.state());
            Label when = new Label(s.timestamp() == null ? "" : TIME.format(s.timestamp().atZone(local)));
            when.getStyleClass().addAll(Styles.TEXT_MUTED, "mono");
            Label message = new Label(s.message() == null ? "" : s.message());
            message.getStyleClass().add(Styles.TEXT_MUTED);
            // A long message gives way in the narrow side column (whole in its tooltip) instead of running past its edge.
            message.setMinWidth(0);
            message.setTooltip(message.getText().isEmpty() ? null : new Tooltip(message.getText()));
            HBox.setHgrow(message, Priority.ALWAYS);
            when.setMinWidth(Region.USE_PREF_SIZE);
            state.setMinWidth(Region.USE_PREF_SIZE);
            setGraphic(new HBox(8, when, state, message));
            setText(null);
        }
    }
}
