package eltdeck.ui.containers;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import eltdeck.ui.common.DangerBanner;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.Shortcuts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The containers tab: actions on the selected service and the live table; the logs open in a window of their own.
 * Live while the main window shows and either its tab is selected or its logs window is open: then its view model polls every
 * {@link ContainersViewModel#POLL_INTERVAL}; otherwise its view model has ended the logs and closed its link.
 *
 * <p>Keys: Enter or double-click opens the service's logs, Ctrl+L the same, Ctrl+Shift+L every service's,
 * Ctrl+R restarts the service, F5 lists again.
 */
public final class ContainersView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ObjectProperty<ContainersViewModel> vm = new SimpleObjectProperty<>(this, "vm");
    private final ContainerTable table = new ContainerTable();
    private final LogsWindow logs = new LogsWindow();
    private final Button restart = button("containers-restart", "Restart", Feather.ROTATE_CW,
            "Restart the selected service (" + Shortcuts.RESTART_SERVICE.getDisplayText() + ")");
    private final Button stop = button("containers-stop", "Stop", Feather.SQUARE, "Stop the selected service (asks first)");
    private final Button start = button("containers-start", "Start", Feather.PLAY, "Start the selected service");
    private final Button serviceLogs = button("containers-logs-open", "Logs", Feather.FILE_TEXT,
            "The selected service's logs (Enter, " + Shortcuts.SERVICE_LOGS.getDisplayText() + ")");
    private final Button allLogs = button("containers-logs-all", "All logs", Feather.LAYERS,
            "Every service's logs, merged in time order (" + Shortcuts.ALL_LOGS.getDisplayText() + ")");
    private final Button refresh = button("containers-refresh", null, Feather.REFRESH_CW,
            "List the containers again (" + Shortcuts.REFRESH.getDisplayText() + ")");
    private final ProgressIndicator working = new ProgressIndicator();
    private final Label summary = new Label();
    private final Label action = new Label();
    private final ContainersFailure failure = new ContainersFailure();
    private final Label placeholder = Labels.paragraph("");
    private final ChangeListener<Boolean> actionFailedChanged = (o, was, failed) -> styleAction(failed);
    /** Held in a field: the chain only watches its sources while someone holds and watches it. */
    private ObservableValue<Boolean> live;

    public ContainersView() {
        super(10);
        setId("containers-pane");
        getStyleClass().add("containers-pane");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        working.setId("containers-working");
        working.setPrefSize(16, 16);
        working.setMaxSize(16, 16);
        summary.setId("containers-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        action.setId("containers-action");
        action.managedProperty().bind(action.visibleProperty());
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);

        HBox toolbar = new HBox(8, restart, stop, start, new Separator(Orientation.VERTICAL), serviceLogs, allLogs,
                new Spacer(), working, summary, refresh);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(toolbar, action, failure, table);

        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (vm.get() != null) {
                vm.get().selectedProperty().set(row);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.get().openSelectedLogs();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        vm.addListener((o, old, now) -> bind(old, now));
    }

    /** Live while the window shows and {@code selected} (the tab's) holds or the logs window is open. */
    public void liveWhile(ObservableValue<Boolean> selected) {
        ObservableValue<Boolean> showing = sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        live = Bindings.createBooleanBinding(() -> showing.getValue() && (selected.getValue() || logs.showingProperty().get()),
                selected, showing, logs.showingProperty());
        live.addListener((o, was, now) -> updateLive());
        // The logs window belongs to the main window: it goes when that does.
        showing.addListener((o, was, now) -> {
            if (!now && vm.get() != null) {
                vm.get().closeLogs();
            }
        });
    }

    public void show(ContainersViewModel next) {
        vm.set(next);
    }

    private void bind(ContainersViewModel old, ContainersViewModel now) {
        if (old != null) {
            old.closeLogs(); // the logs window shows the selected profile's logs only
            old.deactivate();
            old.actionFailedProperty().removeListener(actionFailedChanged);
        }
        table.show(now.rows());
        table.getSelectionModel().select(now.selectedProperty().get());
        restart.disableProperty().bind(now.canRestartProperty().not());
        stop.disableProperty().bind(now.canStopProperty().not());
        start.disableProperty().bind(now.canStartProperty().not());
        serviceLogs.disableProperty().bind(now.selectedProperty().isNull());
        allLogs.disableProperty().bind(Bindings.isEmpty(now.rows()));
        restart.setOnAction(e -> now.restartService());
        stop.setOnAction(e -> confirmStop(now));
        start.setOnAction(e -> now.startService());
        serviceLogs.setOnAction(e -> now.openSelectedLogs());
        allLogs.setOnAction(e -> now.openLogs(LogTarget.ALL));
        refresh.setOnAction(e -> now.refresh());
        refresh.disableProperty().bind(now.phaseProperty().isEqualTo(ContainersViewModel.Phase.CONNECTING));
        working.visibleProperty().bind(now.phaseProperty().isEqualTo(ContainersViewModel.Phase.CONNECTING)
                .or(now.busyProperty()));
        summary.textProperty().bind(Bindings.createStringBinding(() -> summaryText(now), now.summaryProperty(),
                now.updatedProperty(), now.phaseProperty()));
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> placeholderText(now), now.phaseProperty()));
        action.textProperty().bind(now.actionTextProperty());
        action.visibleProperty().bind(now.actionTextProperty().isNotEmpty());
        now.actionFailedProperty().addListener(actionFailedChanged);
        styleAction(now.actionFailedProperty().get());
        failure.show(now);
        logs.show(now);
        updateLive();
    }

    private void updateLive() {
        ContainersViewModel model = vm.get();
        if (model == null) {
            return;
        }
        if (live != null && live.getValue()) {
            model.activate();
        } else {
            model.deactivate();
        }
    }

    private void onKey(KeyEvent e) {
        ContainersViewModel model = vm.get();
        if (model == null) {
            return;
        }
        if (Shortcuts.RESTART_SERVICE.match(e)) {
            model.restartService();
        } else if (Shortcuts.SERVICE_LOGS.match(e)
                || (Shortcuts.SERVICE_LOGS_ENTER.match(e) && e.getTarget() == table)) {
            model.openSelectedLogs();
        } else if (Shortcuts.ALL_LOGS.match(e)) {
            model.openLogs(LogTarget.ALL);
        } else if (Shortcuts.REFRESH.match(e)) {
            model.refresh();
        } else {
            return;
        }
        e.consume();
    }

    private void confirmStop(ContainersViewModel model) {
        ContainerRow row = model.selectedProperty().get();
        if (row != null && Dialogs.confirm(getScene().getWindow(), "Stop service", "Stop " + row.service() + "?",
                "Its containers stop; the rest of the stack keeps running. Start brings them back.", "Stop")) {
            model.stopService();
        }
    }

    private void styleAction(boolean failed) {
        action.getStyleClass().remove(Styles.DANGER);
        if (failed) {
            action.getStyleClass().add(Styles.DANGER);
        }
    }

    private static String summaryText(ContainersViewModel model) {
        return switch (model.phaseProperty().get()) {
            case CONNECTING -> "Connecting to " + model.profileName() + "…";
            case LIVE -> model.summaryProperty().get() + " · updated " + TIME.format(model.updatedProperty().get());
            default -> model.summaryProperty().get();
        };
    }

    private static String placeholderText(ContainersViewModel model) {
        return switch (model.phaseProperty().get()) {
            case LIVE -> "No containers of this stack on the VM. Deploy it from the Deploy tab.";
            case FAILED -> "";
            default -> "Listing the containers…";
        };
    }

    private static Button button(String id, String text, Ikon icon, String tooltip) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    /** Why the containers cannot be listed, and Retry. */
    private static final class ContainersFailure extends DangerBanner {
        private final Label message = Labels.paragraph("");
        private final Button retry = new Button("Retry", new FontIcon(Feather.REFRESH_CW));

        ContainersFailure() {
            super("containers-failure", Feather.ALERT_CIRCLE, "Cannot list the containers");
            message.setId("containers-failure-message");
            retry.setId("containers-retry");
            retry.getStyleClass().add(Styles.SMALL);
            body(message, retry);
            managedProperty().bind(visibleProperty());
        }

        void show(ContainersViewModel model) {
            message.textProperty().bind(model.errorProperty());
            retry.setOnAction(e -> model.refresh());
            visibleProperty().bind(model.phaseProperty().isEqualTo(ContainersViewModel.Phase.FAILED));
        }
    }
}
