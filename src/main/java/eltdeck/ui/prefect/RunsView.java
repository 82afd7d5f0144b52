package eltdeck.ui.prefect;

import atlantafx.base.theme.Styles;
import eltdeck.prefect.DurationWords;
import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowRun;
import eltdeck.ui.common.ColumnHeaders;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.OneWayText;
import eltdeck.ui.common.RunStateStyle;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.common.StateTableCell;
import eltdeck.ui.common.TabRefresh;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Runs tab: recent runs of every flow, filtered by flow and state, and per flow a chart of how long its runs
 * took over time, each point in the colour of the run's state. Enter or a double click opens a run's page.
 */
public final class RunsView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss");

    private final ObjectProperty<RunsViewModel> vm = new SimpleObjectProperty<>(this, "vm");
    private final SearchableComboBox<Flow> flow = new SearchableComboBox<>();
    private final ComboBox<String> state = new ComboBox<>();
    private final CheckBox notify = new CheckBox("Notify me when any run fails");
    private final TableView<FlowRun> table = new TableView<>();
    private final VBox charts = new VBox(10);
    private final Label status = Labels.paragraph("");
    private final ZoneId local = ZoneId.systemDefault();
    private final ListChangeListener<FlowRun> runsChanged = c -> showCharts();
    private final ChangeListener<RunViewModel> opened = RunWindow.opener(this);
    private final TabRefresh live = new TabRefresh(() -> vm.get().refresh());

    public RunsView() {
        super(10);
        setId("runs-pane");
        getStyleClass().add("deploy-pane");
        flow.setId("runs-flow");
        flow.setPromptText("All flows");
        flow.setConverter(OneWayText.of(f -> f == null ? "All flows" : f.project() + "/" + f.name()));
        state.setId("runs-state");
        state.setPromptText("Any state");
        Button clear = new Button("", new FontIcon(Feather.X));
        clear.setId("runs-clear-filter");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setTooltip(new Tooltip("Every flow, any state"));
        clear.setOnAction(e -> {
            flow.setValue(null);
            state.setValue(null);
        });
        Button refresh = new Button("", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("runs-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read the runs again (F5)"));
        refresh.setOnAction(e -> vm.get().refresh());
        notify.setId("runs-notify-failures");
        notify.setTooltip(new Tooltip("While the app is open, tell me of every run that fails, here and on the desktop (checked every 15 s)"));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox top = new HBox(8, Labels.caption("Flow"), flow, Labels.caption("State"), state, clear, space, notify, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        charts.setId("runs-charts");
        ScrollPane chartScroll = new ScrollPane(charts);
        chartScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, chartScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        status.setId("runs-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().setAll(top, split, status);
        vm.addListener((o, old, now) -> bind(old, now));
        setOnKeyPressed(e -> {
            if (Shortcuts.RUNS_REFRESH.match(e) && vm.get() != null) {
                vm.get().refresh();
                e.consume();
            }
        });
    }

    public void show(RunsViewModel next) {
        vm.set(next);
    }

    public void liveWhile(javafx.beans.value.ObservableValue<Boolean> selected) {
        live.whileSelected(selected);
    }

    private void bind(RunsViewModel old, RunsViewModel now) {
        if (old != null) {
            flow.valueProperty().unbindBidirectional(old.flowFilterProperty());
            state.valueProperty().unbindBidirectional(old.stateFilterProperty());
            notify.selectedProperty().unbindBidirectional(old.notifyFailuresProperty());
            old.runs().removeListener(runsChanged);
            old.openedRunProperty().removeListener(opened);
        }
        flow.setItems(now.flows());
        flow.valueProperty().bindBidirectional(now.flowFilterProperty());
        state.getItems().setAll(RunsViewModel.STATES);
        state.valueProperty().bindBidirectional(now.stateFilterProperty());
        notify.selectedProperty().bindBidirectional(now.notifyFailuresProperty());
        table.setItems(now.runs());
        status.textProperty().bind(now.statusProperty());
        now.runs().addListener(runsChanged);
        now.openedRunProperty().addListener(opened);
        live.follow(now.endpoint().urlProperty());
        showCharts();
    }

    private void buildTable() {
        table.setId("runs-table");
        ColumnHeaders.neverCut(table);
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No runs to show"));
        TableColumn<FlowRun, String> flowName = new TableColumn<>("Flow");
        flowName.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().flowName()));
        TableColumn<FlowRun, String> name = new TableColumn<>("Run");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        TableColumn<FlowRun, String> runState = new TableColumn<>("State");
        runState.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().state()));
        runState.setCellFactory(c -> new StateTableCell<>());
        TableColumn<FlowRun, String> start = new TableColumn<>("Start");
        start.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().start() != null
                ? WHEN.format(c.getValue().start().atZone(local))
                : c.getValue().scheduledStart() == null ? "—" : "due " + WHEN.format(c.getValue().scheduledStart().atZone(local))));
        TableColumn<FlowRun, String> took = new TableColumn<>("Duration");
        took.setCellValueFactory(c -> new SimpleStringProperty(DurationWords.of(c.getValue().duration(Instant.now()))));
        // Wide enough for "airbyte-sync", "emulated-run-36" and "7 Dec 14:51:07" beside the charts at 1280 pixels.
        flowName.setPrefWidth(110);
        name.setPrefWidth(135);
        runState.setPrefWidth(100);
        start.setPrefWidth(135);
        took.setPrefWidth(65);
        table.getColumns().setAll(List.of(flowName, name, runState, start, took));
        table.setRowFactory(t -> {
            TableRow<FlowRun> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.get().open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            FlowRun selected = table.getSelectionModel().getSelectedItem();
            if (Shortcuts.RUNS_OPEN.match(e) && selected != null) {
                vm.get().open(selected);
                e.consume();
            }
        });
    }

    /** One scatter chart per flow: x the start (local time), y the duration in seconds, a series per state. */
    private void showCharts() {
        Map<String, Map<String, List<RunDurations.Point>>> data = RunDurations.of(vm.get().runs(), Instant.now());
        charts.getChildren().setAll(data.entrySet().stream().map(e -> chart(e.getKey(), e.getValue())).toList());
        if (data.isEmpty()) {
            charts.getChildren().setAll(Labels.paragraph("The charts show how long each flow's runs took, once runs have started."));
        } else {
            charts.getChildren().add(0, legend());
        }
    }

    private Node chart(String flowName, Map<String, List<RunDurations.Point>> byState) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        DateTimeFormatter ticks = StartAxisFormat.forSpan(span(byState));
        x.setTickLabelFormatter(OneWayText.of(n -> ticks.format(Instant.ofEpochSecond(n.longValue()).atZone(local))));
        NumberAxis y = new NumberAxis();
        y.setLabel("seconds");
        ScatterChart<Number, Number> chart = new ScatterChart<>(x, y);
        chart.setTitle(flowName);
        chart.setId("runs-chart-" + flowName);
        chart.getStyleClass().add("run-chart");
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        chart.setLegendVisible(false);
        for (Map.Entry<String, List<RunDurations.Point>> e : byState.entrySet()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(e.getKey());
            for (RunDurations.Point p : e.getValue()) {
                XYChart.Data<Number, Number> point = new XYChart.Data<>(p.start().getEpochSecond(), p.seconds());
                series.getData().add(point);
            }
            chart.getData().add(series);
            // The chart gives each point its own style classes when it is added: the state's colour comes after.
            for (int i = 0; i < series.getData().size(); i++) {
                stylePoint(series.getData().get(i).getNode(), e.getKey(), e.getValue().get(i));
            }
        }
        return chart;
    }

    /** From the first run's start to the last one's. */
    private static Duration span(Map<String, List<RunDurations.Point>> byState) {
        List<Instant> starts = byState.values().stream().flatMap(List::stream).map(RunDurations.Point::start)
                .sorted().toList();
        return starts.isEmpty() ? Duration.ZERO : Duration.between(starts.get(0), starts.get(starts.size() - 1));
    }

    /** The colours of the points: the same for every chart. */
    private static Node legend() {
        // Wraps where the charts are narrow (1280 pixels wide), rather than cutting the words to "succ…".
        FlowPane legend = new FlowPane(14, 4);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (String example : List.of("Success", "Failed", "Running", "Cancelled", "Scheduled")) {
            Region dot = new Region();
            dot.getStyleClass().add("run-point");
            RunStateStyle.apply(dot, example);
            Label label = new Label(example.equals("Scheduled") ? "waiting" : example.toLowerCase(java.util.Locale.ROOT), dot);
            label.getStyleClass().add(Styles.TEXT_MUTED);
            legend.getChildren().add(label);
        }
        return legend;
    }

    private void stylePoint(Node dot, String runState, RunDurations.Point p) {
        dot.getStyleClass().add("run-point");
        RunStateStyle.apply(dot, runState);
        Tooltip.install(dot, new Tooltip(runState + " · " + WHEN.format(p.start().atZone(local)) + " · "
                + DurationWords.of(java.time.Duration.ofMillis((long) (p.seconds() * 1000)))));
    }
}
