package eltdeck.ui.dbt;

import atlantafx.base.theme.Styles;
import eltdeck.dbt.Finding;
import eltdeck.stack.DbtRunner;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.LoadingMask;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.logs.LogView;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The dbt tab: a run bar (command, selection, Run, Cancel, the exit code explained), the searchable list of models and
 * sources, the graph, the selected node's detail, and below the run's output and the checks' findings.
 * Keys: Ctrl+F search, Enter on a list item selects it in the graph, F5 reads the project again, Ctrl+R runs, Esc cancels.
 */
public final class DbtView extends VBox {

    private final ObjectProperty<DbtViewModel> vm = new SimpleObjectProperty<>(this, "vm");
    private final ChoiceBox<DbtRunner.Command> command = new ChoiceBox<>();
    private final TextField selection = new TextField();
    private final Button run = new Button("Run", new FontIcon(Feather.PLAY));
    private final Button cancel = new Button("Cancel", new FontIcon(Feather.SQUARE));
    private final Button refresh = new Button("", new FontIcon(Feather.REFRESH_CW));
    private final Label outcome = Labels.paragraph("");
    private final TextField search = new TextField();
    private final ListView<DbtViewModel.NodeRow> list = new ListView<>();
    private final LoadingMask upperMask;
    private final DbtGraphView graph = new DbtGraphView();
    private final DbtDetailView detail = new DbtDetailView();
    private final ListView<Finding> findings = new ListView<>();
    private final Tab outputTab = new Tab("Output");
    private final Tab findingsTab = new Tab("Findings");
    private final TabPane lower = new TabPane(outputTab, findingsTab);
    private final Label status = Labels.paragraph("");
    private final InvalidationListener redraw = o -> redraw();
    private final ListChangeListener<Finding> findingsChanged = c -> countFindings();
    private boolean selected;

    public DbtView() {
        super(10);
        setId("dbt-pane");
        getStyleClass().add("deploy-pane");
        command.setId("dbt-command");
        command.getItems().setAll(DbtRunner.Command.values());
        command.setConverter(new StringConverter<>() {
            @Override
            public String toString(DbtRunner.Command c) {
                return c == null ? "" : "dbt " + c.word();
            }

            @Override
            public DbtRunner.Command fromString(String s) {
                return DbtRunner.Command.of(s.replace("dbt ", "").toLowerCase(Locale.ROOT));
            }
        });
        selection.setId("dbt-select");
        selection.setPromptText("--select (e.g. stg_shop__orders+ tag:staging); empty: everything");
        HBox.setHgrow(selection, Priority.ALWAYS);
        run.setId("dbt-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setTooltip(new Tooltip("Run dbt in the agent's container (Ctrl+R)"));
        cancel.setId("dbt-cancel");
        cancel.setTooltip(new Tooltip("Interrupt dbt in the container, as Ctrl-C would (Esc)"));
        refresh.setId("dbt-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read the dbt project on the VM again (F5)"));
        HBox runBar = new HBox(8, new FontIcon(Feather.SHARE_2), command, selection, run, cancel, refresh);
        runBar.setAlignment(Pos.CENTER_LEFT);
        outcome.setId("dbt-outcome");

        search.setId("dbt-search");
        // The list is narrow: the prompt stays short, what it searches is one hover away.
        search.setPromptText("Search (Ctrl+F)");
        search.setTooltip(new Tooltip("Search by name, tag:NAME or status"));
        list.setId("dbt-list");
        list.setCellFactory(v -> new RowCell());
        list.setOnKeyPressed(e -> {
            if (Shortcuts.DBT_SHOW.match(e) && list.getSelectionModel().getSelectedItem() != null) {
                vm.get().selectedProperty().set(list.getSelectionModel().getSelectedItem().id());
                graph.requestFocus();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                vm.get().selectedProperty().set(list.getSelectionModel().getSelectedItem().id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(6, search, list);
        left.setMinWidth(180);
        left.setPrefWidth(240);
        SplitPane.setResizableWithParent(left, false);
        Button zoomIn = new Button("", new FontIcon(Feather.ZOOM_IN));
        zoomIn.setId("dbt-zoom-in");
        zoomIn.getStyleClass().add(Styles.BUTTON_ICON);
        zoomIn.setTooltip(new Tooltip("Zoom in (Ctrl+scroll)"));
        zoomIn.setOnAction(e -> graph.zoomBy(1.25));
        Button zoomOut = new Button("", new FontIcon(Feather.ZOOM_OUT));
        zoomOut.setId("dbt-zoom-out");
        zoomOut.getStyleClass().add(Styles.BUTTON_ICON);
        zoomOut.setTooltip(new Tooltip("Zoom out (Ctrl+scroll)"));
        zoomOut.setOnAction(e -> graph.zoomBy(0.8));
        Button fit = new Button("", new FontIcon(Feather.MAXIMIZE));
        fit.setId("dbt-zoom-fit");
        fit.getStyleClass().add(Styles.BUTTON_ICON);
        fit.setTooltip(new Tooltip("Show the whole graph"));
        fit.setOnAction(e -> graph.fit());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox legend = new HBox(10, legend("passed", DbtViewModel.Shade.PASSED), legend("warned", DbtViewModel.Shade.WARNED),
                legend("failed", DbtViewModel.Shade.FAILED), legend("skipped", DbtViewModel.Shade.SKIPPED),
                legend("never run", DbtViewModel.Shade.NEVER_RUN), space, fit, zoomOut, zoomIn);
        legend.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(graph, Priority.ALWAYS);
        VBox middle = new VBox(6, legend, graph);
        graph.onSelect(id -> vm.get().selectedProperty().set(id));

        detail.setMinWidth(220);
        detail.setPrefWidth(320);
        SplitPane.setResizableWithParent(detail, false);
        SplitPane upper = new SplitPane(left, middle, detail);
        upper.setMinHeight(160);
        upperMask = new LoadingMask(upper, "Reading the dbt project…");
        findings.setId("dbt-findings");
        findings.setCellFactory(v -> new FindingCell());
        findings.setOnMouseClicked(e -> selectFindingNode());
        findings.setOnKeyPressed(e -> {
            if (Shortcuts.DBT_SHOW.match(e)) {
                selectFindingNode();
            }
        });
        findingsTab.setContent(findings);
        lower.setId("dbt-lower");
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lower.setMinHeight(100);
        SplitPane split = new SplitPane(upperMask, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        VBox.setVgrow(split, Priority.ALWAYS);
        status.setId("dbt-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().setAll(runBar, outcome, split, status);
        // A tab pane is as tall as its tallest tab needs: this one asks for nothing, so the other tabs keep their room.
        setMinHeight(0);
        setPrefHeight(0);

        vm.addListener((o, old, now) -> bind(old, now));
        setOnKeyPressed(e -> {
            DbtViewModel model = vm.get();
            if (model == null) {
                return;
            }
            if (Shortcuts.DBT_SEARCH.match(e)) {
                search.requestFocus();
            } else if (Shortcuts.DBT_REFRESH.match(e)) {
                model.load();
            } else if (Shortcuts.DBT_RUN.match(e) && !run.isDisabled()) {
                run.fire();
            } else if (Shortcuts.DBT_CANCEL.match(e) && !cancel.isDisabled()) {
                cancel.fire();
            } else {
                return;
            }
            e.consume();
        });
    }

    public void show(DbtViewModel next) {
        vm.set(next);
    }

    /** Reads the project each time the tab comes to the front. */
    public void liveWhile(ObservableValue<Boolean> tabSelected) {
        tabSelected.addListener((o, was, now) -> {
            selected = now;
            if (now && vm.get() != null) {
                vm.get().load();
            }
        });
    }

    private void bind(DbtViewModel old, DbtViewModel now) {
        if (old != null) {
            old.stateProperty().removeListener(redraw);
            old.selectedProperty().removeListener(redraw);
            old.findings().removeListener(findingsChanged);
            command.valueProperty().unbindBidirectional(old.commandProperty());
            selection.textProperty().unbindBidirectional(old.selectionProperty());
            search.textProperty().unbindBidirectional(old.searchProperty());
        }
        command.valueProperty().bindBidirectional(now.commandProperty());
        selection.textProperty().bindBidirectional(now.selectionProperty());
        search.textProperty().bindBidirectional(now.searchProperty());
        run.disableProperty().bind(now.runningProperty().or(now.stateProperty().isNull()));
        cancel.disableProperty().bind(now.runningProperty().not());
        refresh.disableProperty().bind(now.runningProperty().or(now.loadingProperty()));
        run.setOnAction(e -> {
            lower.getSelectionModel().select(outputTab);
            now.run();
        });
        cancel.setOnAction(e -> now.cancel());
        refresh.setOnAction(e -> now.load());
        outcome.textProperty().bind(now.outcomeProperty());
        status.textProperty().bind(now.statusProperty());
        list.setItems(now.shownRows());
        list.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(
                now.stateProperty().get() == null ? "Not read yet (F5)" : "Nothing matches"), now.stateProperty()));
        upperMask.follow(now.firstReadProperty());
        findings.setItems(now.findings());
        outputTab.setContent(new LogView(now.output()));
        now.stateProperty().addListener(redraw);
        now.selectedProperty().addListener(redraw);
        now.findings().addListener(findingsChanged);
        countFindings();
        redraw();
        if (selected) {
            now.load();
        }
    }

    private void redraw() {
        DbtViewModel model = vm.get();
        String id = model.selectedProperty().get();
        model.graph().ifPresentOrElse(g -> graph.draw(g, n -> model.shade(n).styleClass(), id), graph::clear);
        detail.show(model.stateProperty().get(), id);
        list.getItems().stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> {
            list.getSelectionModel().select(r);
            list.scrollTo(r);
        });
    }

    private void countFindings() {
        long errors = vm.get().findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        findingsTab.setText("Findings (" + vm.get().findings().size() + ")");
        findingsTab.getStyleClass().remove("dbt-findings-error");
        if (errors > 0) {
            findingsTab.getStyleClass().add("dbt-findings-error");
        }
    }

    private void selectFindingNode() {
        Finding f = findings.getSelectionModel().getSelectedItem();
        if (f != null && f.nodeId() != null) {
            vm.get().selectedProperty().set(f.nodeId());
        }
    }

    private static Label legend(String text, DbtViewModel.Shade shade) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll("dbt-legend", shade.styleClass());
        return l;
    }

    /** A model or source: its name, its last status, coloured as in the graph. */
    private static final class RowCell extends ListCell<DbtViewModel.NodeRow> {
        @Override
        protected void updateItem(DbtViewModel.NodeRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(c -> c.startsWith("dbt-") && !c.equals("dbt-row"));
            if (empty || row == null) {
                setText(null);
                setId(null);
                return;
            }
            setId("dbt-row-" + row.id().replace('.', '-'));
            setText(row.label() + "  ·  " + row.status());
            getStyleClass().addAll("dbt-row", row.shade().styleClass());
        }
    }

    /** A finding: severity, file, message and what to do. */
    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeAll("dbt-finding-error", "dbt-finding-warning");
            if (empty || f == null) {
                setText(null);
                return;
            }
            setText(f.toString());
            getStyleClass().add(f.severity() == Finding.Severity.ERROR ? "dbt-finding-error" : "dbt-finding-warning");
        }
    }
}
