package eltdeck.ui.prefect;

import atlantafx.base.theme.Styles;
import eltdeck.prefect.Flow;
import eltdeck.ui.common.Banners;
import eltdeck.ui.common.ColumnHeaders;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.LoadingMask;
import eltdeck.ui.common.RunStateStyle;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.common.TabRefresh;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Flows tab: the server and what is wrong with it, the flows with their schedule and on/off, and what to do with
 * the selected one (run, schedule, defaults). A double click on a flow starts one run with its defaults.
 * Keys: F5 refresh, Ctrl+F search, Ctrl+R run…, Ctrl+Shift+S schedule….
 */
public final class FlowsView extends VBox {

    private final ObjectProperty<FlowsViewModel> vm = new SimpleObjectProperty<>(this, "vm");
    private final Label server = new Label();
    private final VBox problems = new VBox(6);
    private final HBox problemBanner;
    private final Button createTenant = new Button("Create tenant", new FontIcon(Feather.PLUS_CIRCLE));
    private final HBox switchedBanner;
    private final Label switchedText = Labels.paragraph("");
    private final TextField search = new TextField();
    private final TableView<FlowRow> table = new TableView<>();
    private final LoadingMask tableMask = new LoadingMask(table, "Reading the flows…");
    private final Label status = Labels.paragraph("");
    private final Button run = new Button("Run…", new FontIcon(Feather.PLAY));
    private final Button schedule = new Button("Schedule…", new FontIcon(Feather.CLOCK));
    private final Button defaults = new Button("Defaults…", new FontIcon(Feather.SLIDERS));
    private final Button register = new Button("Register flows…", new FontIcon(Feather.UPLOAD));
    private final Button apiUrl = new Button("API URL…", new FontIcon(Feather.LINK));
    private final Button refresh = new Button("", new FontIcon(Feather.REFRESH_CW));
    private final ZoneId local = ZoneId.systemDefault();
    private final InvalidationListener problemsChanged = o -> showProblems();
    private final ListChangeListener<Flow> switchedChanged = c -> showSwitched();
    private final ChangeListener<RunViewModel> runStarted = RunWindow.opener(this);
    private final TabRefresh live = new TabRefresh(() -> vm.get().refresh());

    public FlowsView() {
        super(10);
        setId("flows-pane");
        getStyleClass().add("deploy-pane");
        server.setId("flows-server");
        server.getStyleClass().add(Styles.TEXT_BOLD);
        refresh.setId("flows-refresh");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read the server and its flows again (F5)"));
        apiUrl.setId("flows-api-url");
        apiUrl.setTooltip(new Tooltip("Use another Prefect API URL for this profile instead of its 4200 tunnel"));
        register.setId("flows-register");
        register.setTooltip(new Tooltip("Pull the repository on the VM and run flow files in the agent's container"));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox top = new HBox(8, new FontIcon(Feather.SERVER), server, space, register, apiUrl, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        createTenant.setId("create-tenant");
        createTenant.managedProperty().bind(createTenant.visibleProperty());
        problems.setId("flows-problems");
        problemBanner = Banners.banner("flows-problem-banner", Feather.ALERT_TRIANGLE, problems, createTenant);

        Button restore = new Button("Switch off again", new FontIcon(Feather.POWER));
        restore.setId("restore-schedules");
        Button keep = new Button("Keep on");
        keep.setId("keep-schedules");
        restore.setOnAction(e -> vm.get().restoreSwitchedOff());
        keep.setOnAction(e -> vm.get().keepSwitchedOn());
        switchedBanner = Banners.banner("flows-switched-banner", Feather.ALERT_CIRCLE, new VBox(switchedText), restore, keep);

        search.setId("flows-search");
        search.setPromptText("Search flows by name, project or label (Ctrl+F)");
        HBox.setHgrow(search, Priority.ALWAYS);
        run.setId("flow-run");
        run.setTooltip(new Tooltip("Run the selected flow with parameters (Ctrl+R); a double click runs it with its defaults"));
        run.getStyleClass().add(Styles.ACCENT);
        schedule.setId("flow-schedule");
        schedule.setTooltip(new Tooltip("Edit the selected flow's schedule (Ctrl+Shift+S)"));
        defaults.setId("flow-defaults");
        defaults.setTooltip(new Tooltip("Edit the default parameters of the selected flow's group"));
        ObservableBooleanValue none = table.getSelectionModel().selectedItemProperty().isNull();
        for (Button b : List.of(run, schedule, defaults)) {
            b.disableProperty().bind(none);
        }
        HBox actions = new HBox(8, search, run, schedule, defaults);
        actions.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(tableMask, Priority.ALWAYS);
        status.setId("flows-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        // Without a status the table reaches the bottom, no empty line under it.
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        getChildren().setAll(top, problemBanner, switchedBanner, actions, tableMask, status);

        vm.addListener((o, old, now) -> bind(old, now));
        setOnKeyPressed(e -> {
            FlowsViewModel model = vm.get();
            if (model == null) {
                return;
            }
            if (Shortcuts.FLOWS_REFRESH.match(e)) {
                model.refresh();
            } else if (Shortcuts.FLOWS_SEARCH.match(e)) {
                search.requestFocus();
            } else if (Shortcuts.FLOWS_RUN.match(e) && !run.isDisabled()) {
                run.fire();
            } else if (Shortcuts.FLOWS_SCHEDULE.match(e) && !schedule.isDisabled()) {
                schedule.fire();
            } else {
                return;
            }
            e.consume();
        });
    }

    public void show(FlowsViewModel next) {
        vm.set(next);
    }

    /** Reads the flows whenever the tab comes to the front. */
    public void liveWhile(javafx.beans.value.ObservableValue<Boolean> selected) {
        live.whileSelected(selected);
    }

    private void bind(FlowsViewModel old, FlowsViewModel now) {
        if (old != null) {
            old.problems().removeListener(problemsChanged);
            old.switchedBackOn().removeListener(switchedChanged);
            old.startedRunProperty().removeListener(runStarted);
            search.textProperty().unbindBidirectional(old.searchProperty());
        }
        server.textProperty().bind(javafx.beans.binding.Bindings.when(now.serverProperty().isEmpty())
                .then("Prefect API").otherwise(now.serverProperty()));
        status.textProperty().bind(now.statusProperty());
        createTenant.visibleProperty().bind(now.tenantMissingProperty());
        createTenant.setOnAction(e -> now.createTenant());
        search.textProperty().bindBidirectional(now.searchProperty());
        table.setItems(now.shownRows());
        table.placeholderProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> new Label(
                now.serverProperty().get().isEmpty()
                        ? "No Prefect API to read" : "No flow registered yet: Register flows… runs the flow files"),
                now.serverProperty()));
        tableMask.follow(now.firstReadProperty());
        now.problems().addListener(problemsChanged);
        now.switchedBackOn().addListener(switchedChanged);
        now.startedRunProperty().addListener(runStarted);
        live.follow(now.endpoint().urlProperty());
        refresh.setOnAction(e -> now.refresh());
        run.setOnAction(e -> selected().ifPresent(f -> RunDialog.ask(getScene().getWindow(), f)
                .ifPresent(c -> now.trigger(f, c.parameters(), c.runName()))));
        schedule.setOnAction(e -> selected().ifPresent(f -> ScheduleEditorDialog.open(getScene().getWindow(), f, now)));
        defaults.setOnAction(e -> selected().ifPresent(f -> DefaultsDialog.open(getScene().getWindow(), f, now)));
        register.setOnAction(e -> RegisterDialog.open(getScene().getWindow(), now.registration()));
        apiUrl.setOnAction(e -> ApiUrlDialog.open(getScene().getWindow(), now.endpoint()));
        showProblems();
        showSwitched();
    }

    private java.util.Optional<Flow> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(FlowRow::flow);
    }

    private void showProblems() {
        List<String> list = vm.get().problems();
        problems.getChildren().setAll(list.stream().map(p -> (javafx.scene.Node) Labels.paragraph(p)).toList());
        Banners.shown(problemBanner, !list.isEmpty());
    }

    private void showSwitched() {
        List<Flow> list = vm.get().switchedBackOn();
        switchedText.setText("A new registration switched the schedule back on for "
                + String.join(", ", list.stream().map(f -> f.name() + " (version " + f.version() + ")").toList())
                + ", which you had off. Prefect Server does that with every new version.");
        Banners.shown(switchedBanner, !list.isEmpty());
    }

    private void buildTable() {
        table.setId("flows-table");
        ColumnHeaders.neverCut(table);
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FlowRow, FlowRow> name = new TableColumn<>("Flow");
        name.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        name.setCellFactory(c -> new NameCell());
        name.setPrefWidth(120);
        TableColumn<FlowRow, String> project = text("Project", r -> r.flow().project(), 70);
        TableColumn<FlowRow, String> version = text("Version", r -> String.valueOf(r.flow().version()), 68);
        TableColumn<FlowRow, String> labels = text("Labels", FlowRow::labels, 70);
        TableColumn<FlowRow, String> when = text("Schedule", FlowRow::scheduleText, 240);
        TableColumn<FlowRow, FlowRow> on = new TableColumn<>("On");
        on.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        on.setCellFactory(c -> new ToggleCell());
        on.setPrefWidth(44);
        TableColumn<FlowRow, FlowRow> next = new TableColumn<>("Next run");
        next.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        next.setCellFactory(c -> new NextRunCell());
        next.setPrefWidth(135);
        TableColumn<FlowRow, String> last = new TableColumn<>("Last run");
        last.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().lastRunText(local)));
        last.setCellFactory(c -> new LastRunCell());
        last.setPrefWidth(195);
        // The times are never cut (the table is just wide enough at 1280 pixels): a long schedule gives way instead,
        // whole in its tooltip.
        next.setMinWidth(next.getPrefWidth());
        last.setMinWidth(last.getPrefWidth());
        table.getColumns().setAll(List.of(name, project, version, labels, when, on, next, last));
        table.setRowFactory(t -> {
            TableRow<FlowRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.get().quickRun(row.getItem().flow());
                }
            });
            return row;
        });
    }

    private static TableColumn<FlowRow, String> text(String title, java.util.function.Function<FlowRow, String> value, double width) {
        TableColumn<FlowRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // Long schedules are cut to fit: the whole text is one hover away.
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    /** The flow's name, with a warning sign when no agent would pick its runs up. */
    private static final class NameCell extends TableCell<FlowRow, FlowRow> {
        @Override
        protected void updateItem(FlowRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(row.name());
            if (row.waitReason() != null) {
                FontIcon warn = new FontIcon(Feather.ALERT_TRIANGLE);
                warn.getStyleClass().add("flow-wait-icon");
                setGraphic(warn);
                setTooltip(new Tooltip(row.waitReason()));
            } else {
                setGraphic(null);
                setTooltip(null);
            }
        }
    }

    /** The schedule's on/off switch of the flow's newest version; disabled without a schedule. */
    private final class ToggleCell extends TableCell<FlowRow, FlowRow> {
        private final CheckBox box = new CheckBox();

        ToggleCell() {
            setAlignment(Pos.CENTER);
            box.setOnAction(e -> {
                FlowRow row = getItem();
                if (row != null) {
                    vm.get().setActive(row.flow(), box.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(FlowRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            box.setId("flow-on-" + row.name());
            box.setSelected(row.flow().scheduleActive());
            box.setDisable(row.flow().schedule() == null);
            box.setTooltip(new Tooltip(row.flow().schedule() == null ? "No schedule to switch on"
                    : "Scheduling of version " + row.flow().version() + " is " + (row.flow().scheduleActive() ? "on" : "off")));
            setGraphic(box);
        }
    }

    /** The next run, the ones after it in a tooltip. */
    private final class NextRunCell extends TableCell<FlowRow, FlowRow> {
        @Override
        protected void updateItem(FlowRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.nextRunText(local));
            setTooltip(empty || row == null || row.flow().nextRuns().isEmpty() ? null : new Tooltip(row.nextRunsList(local)));
        }
    }

    /** The last run's state in its colour. */
    private static final class LastRunCell extends TableCell<FlowRow, String> {
        LastRunCell() {
            getStyleClass().add("run-state");
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            FlowRow row = empty ? null : getTableRow().getItem();
            if (empty || text == null || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(text);
            RunStateStyle.apply(this, row.flow().lastRun() == null ? null : row.flow().lastRun().state());
            setGraphic(row.flow().lastRun() == null ? null : new FontIcon(Feather.CIRCLE));
        }
    }
}
