package eltdeck.ui.prefect;

import atlantafx.base.theme.Styles;
import eltdeck.prefect.Flow;
import eltdeck.prefect.ScheduleText;
import eltdeck.prefect.ScheduleTimes;
import eltdeck.ui.common.ColumnHeaders;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.OneWayText;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The schedule editor of a flow group: clocks on the left, the next ten runs on the right, problems below. */
final class ScheduleEditorDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z");
    /** UTC first, then every zone the JDK knows by name: a long list, searched by typing. */
    private static final List<String> ZONES = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted()).toList();

    private ScheduleEditorDialog() {
    }

    static void open(Window owner, Flow flow, FlowsViewModel flows) {
        ScheduleEditorViewModel vm = new ScheduleEditorViewModel(flow, Clock.systemUTC(), ZoneId.systemDefault(), flows::saveSchedule);
        Dialog<ButtonType> dialog = Dialogs.prepare(new Dialog<>(), owner, "Schedule of " + flow.name(), 1040);
        dialog.setHeaderText("Schedule of " + flow.project() + "/" + flow.name()
                + ": saving replaces every clock; Prefect Server then makes the new runs on its next loop");
        dialog.getDialogPane().setContent(content(vm));
        ButtonType save = new ButtonType("Save schedule", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, save);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("schedule-save");
        saveButton.disableProperty().bind(vm.canSaveProperty().not());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save();
        });
        vm.savedProperty().addListener((o, was, now) -> {
            if (now) {
                dialog.close();
            }
        });
        dialog.showAndWait();
    }

    static Node content(ScheduleEditorViewModel vm) {
        SearchableComboBox<String> zone = new SearchableComboBox<>();
        zone.setId("schedule-timezone");
        zone.getItems().setAll(ZONES);
        zone.valueProperty().bindBidirectional(vm.timezoneProperty());
        zone.setPrefWidth(220);
        Button addCron = new Button("Add cron clock", new FontIcon(Feather.PLUS));
        addCron.setId("schedule-add-cron");
        addCron.setOnAction(e -> vm.addCron());
        Button addInterval = new Button("Add interval clock", new FontIcon(Feather.PLUS));
        addInterval.setId("schedule-add-interval");
        addInterval.setOnAction(e -> vm.addInterval());
        HBox top = new HBox(10, Labels.caption("Time zone"), zone, addCron, addInterval);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox cards = new VBox(10);
        cards.setId("schedule-clocks");
        cards.setPadding(new Insets(2));
        Runnable rebuild = () -> {
            cards.getChildren().setAll(vm.clocks().stream().map(d -> card(vm, d)).toList());
            if (vm.clocks().isEmpty()) {
                cards.getChildren().setAll(Labels.paragraph("No clocks: saving deletes the group's schedule (a schedule in"
                        + " the flow's code applies again, if it has one)."));
            }
        };
        vm.clocks().addListener((ListChangeListener<ClockDraft>) c -> rebuild.run());
        rebuild.run();
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(420);
        scroll.setPrefWidth(560);

        TableView<ScheduleTimes.RunTime> next = new TableView<>(vm.nextRuns());
        next.setId("schedule-next-runs");
        ColumnHeaders.neverCut(next);
        next.getStyleClass().add(Styles.DENSE);
        next.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        next.setPlaceholder(new Label("No runs to show: fix the problems below, or add a clock"));
        TableColumn<ScheduleTimes.RunTime, String> inZone = new TableColumn<>("In the schedule's zone");
        inZone.setCellValueFactory(c -> new SimpleStringProperty(WHEN.format(c.getValue().inSchedule())));
        TableColumn<ScheduleTimes.RunTime, String> local = new TableColumn<>("Local (" + vm.local().getId() + ")");
        local.setCellValueFactory(c -> new SimpleStringProperty(WHEN.format(c.getValue().local())));
        next.getColumns().setAll(List.of(inZone, local));
        next.setPrefWidth(440);
        VBox right = new VBox(8, Labels.caption("Next " + ScheduleEditorViewModel.PREVIEW + " runs"), next);
        VBox.setVgrow(next, Priority.ALWAYS);

        HBox body = new HBox(14, scroll, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox problems = new VBox(4);
        problems.setId("schedule-problems");
        InvalidationListener showProblems = o -> {
            problems.getChildren().setAll(vm.problems().stream().map(p -> Labels.styled(p, Styles.DANGER)).toList());
            if (!vm.saveErrorProperty().get().isEmpty()) {
                problems.getChildren().add(Labels.styled(vm.saveErrorProperty().get(), Styles.DANGER));
            }
        };
        vm.problems().addListener(showProblems);
        vm.saveErrorProperty().addListener(showProblems);
        showProblems.invalidated(null);
        return new VBox(12, top, body, problems);
    }

    /** One clock: cron or interval, its words, its start, its parameter values, and a remove button. */
    private static Node card(ScheduleEditorViewModel vm, ClockDraft d) {
        int n = vm.clocks().indexOf(d) + 1;
        ChoiceBox<ClockDraft.Kind> kind = new ChoiceBox<>();
        kind.getItems().setAll(ClockDraft.Kind.values());
        kind.valueProperty().bindBidirectional(d.kindProperty());
        kind.setId("clock-kind-" + n);
        kind.setConverter(OneWayText.of(k -> k == ClockDraft.Kind.CRON ? "Cron" : "Interval"));
        TextField cron = new TextField();
        cron.setId("clock-cron-" + n);
        cron.textProperty().bindBidirectional(d.cronProperty());
        cron.setPromptText("minute hour day-of-month month day-of-week");
        cron.setPrefColumnCount(14);
        TextField every = new TextField();
        every.setId("clock-every-" + n);
        every.textProperty().bindBidirectional(d.everyProperty());
        every.setPrefColumnCount(5);
        ChoiceBox<ChronoUnit> unit = new ChoiceBox<>();
        unit.setId("clock-unit-" + n);
        unit.getItems().setAll(ClockDraft.UNITS);
        unit.valueProperty().bindBidirectional(d.unitProperty());
        unit.setConverter(OneWayText.of(u -> u.toString().toLowerCase(Locale.ROOT)));
        Label everyCaption = Labels.caption("every");
        HBox cronBox = new HBox(8, cron);
        HBox intervalBox = new HBox(8, everyCaption, every, unit);
        intervalBox.setAlignment(Pos.CENTER_LEFT);
        for (HBox box : List.of(cronBox, intervalBox)) {
            box.managedProperty().bind(box.visibleProperty());
        }
        cronBox.visibleProperty().bind(d.kindProperty().isEqualTo(ClockDraft.Kind.CRON));
        intervalBox.visibleProperty().bind(d.kindProperty().isEqualTo(ClockDraft.Kind.INTERVAL));
        Button remove = new Button("", new FontIcon(Feather.TRASH_2));
        remove.setId("clock-remove-" + n);
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new javafx.scene.control.Tooltip("Remove this clock"));
        remove.setOnAction(e -> vm.remove(d));
        javafx.scene.layout.Region space = new javafx.scene.layout.Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox line = new HBox(8, new Label("Clock " + n), kind, cronBox, intervalBox, space, remove);
        line.setAlignment(Pos.CENTER_LEFT);

        Label words = new Label();
        words.setId("clock-words-" + n);
        words.getStyleClass().add(Styles.TEXT_MUTED);
        InvalidationListener describe = o -> {
            try {
                words.setText(ScheduleText.describe(d.toClock(null)));
            } catch (IllegalArgumentException e) {
                words.setText("—");
            }
        };
        d.observables().forEach(o -> o.addListener(describe));
        describe.invalidated(null);
        Label start = Labels.caption(d.startDate() == null ? "Counts from when it is saved."
                : "Counts from " + WHEN.format(d.startDate().atZone(ZoneId.systemDefault()))
                + "; saving restarts it from then (Prefect Server sets every clock's start when it stores it).");
        start.setWrapText(true);
        TitledPane parameters = new TitledPane("Parameter values for this clock's runs (blank: the defaults)",
                ParameterGrid.of(d.parameters(), "clock-" + n + "-param-"));
        parameters.setExpanded(!d.parameters().values().isEmpty());
        parameters.getStyleClass().add(Styles.DENSE);
        VBox card = new VBox(6, line, words, start, parameters);
        card.getStyleClass().add("clock-card");
        return card;
    }
}
