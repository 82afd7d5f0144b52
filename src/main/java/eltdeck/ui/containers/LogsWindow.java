package eltdeck.ui.containers;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import eltdeck.ui.common.CloseKeys;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.logs.LogView;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A profile's container logs in a window of its own, as big as the user likes: whose logs (a service, or every
 * service merged in time order) and the live log view. Closing it (Escape, Ctrl+W, or the window's own close) ends
 * the remote {@code docker logs} readers.
 */
final class LogsWindow {
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final SearchableComboBox<LogTarget> target = new SearchableComboBox<>();
    private final Label profile = new Label();
    private final ChangeListener<LogTarget> targetChanged = (o, was, now) -> showTarget(now);
    private ContainersViewModel vm;

    LogsWindow() {
        root.setId("containers-logs");
        root.getStyleClass().add("logs-window");
        FontIcon icon = new FontIcon(Feather.FILE_TEXT);
        Label title = new Label("Logs of");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        target.setId("containers-log-target");
        target.setTooltip(new Tooltip("One service, or every service merged in time order ("
                + Shortcuts.ALL_LOGS.getDisplayText() + "); Escape or " + Shortcuts.CLOSE_WINDOW.getDisplayText() + " closes the window"));
        target.setCellFactory(list -> new TargetCell());
        target.setButtonCell(new TargetCell());
        target.setOnAction(e -> {
            if (vm != null && target.getValue() != null) {
                vm.openLogs(target.getValue());
            }
        });
        profile.getStyleClass().add(Styles.TEXT_MUTED);
        HBox header = new HBox(8, icon, title, target, new Spacer(), profile);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("logs-window-header");
        root.setTop(header);

        Scene scene = new Scene(root, 1200, 720);
        scene.getStylesheets().add(Dialogs.STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        CloseKeys.install(scene, stage);
        stage.setScene(scene);
        stage.getIcons().add(new Image(LogsWindow.class.getResource("/eltdeck/icon.png").toExternalForm()));
        stage.setMinWidth(640);
        stage.setMinHeight(360);
        // However it was closed, the readers on the VM end.
        stage.setOnHidden(e -> {
            if (vm != null) {
                vm.closeLogs();
            }
        });
    }

    /** Follows this profile's log target from now on: shown while it has one, hidden when it has none. */
    void show(ContainersViewModel next) {
        if (vm == next) {
            return;
        }
        if (vm != null) {
            vm.logTargetProperty().removeListener(targetChanged);
        }
        vm = next;
        target.setItems(next.logTargets());
        profile.setText(next.profileName());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> next.logTargetProperty().get() == null ? "Logs"
                : "Logs · " + next.logTargetProperty().get().label() + " · " + next.profileName(), next.logTargetProperty()));
        root.setCenter(new LogView(next.logs()));
        next.logTargetProperty().addListener(targetChanged);
        showTarget(next.logTargetProperty().get());
    }

    ReadOnlyBooleanProperty showingProperty() {
        return stage.showingProperty();
    }

    private void showTarget(LogTarget now) {
        if (now == null) {
            stage.hide();
            return;
        }
        target.setValue(now);
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
    }

    private void onKey(KeyEvent e) {
        if (Shortcuts.ALL_LOGS.match(e) && vm != null) {
            vm.openLogs(LogTarget.ALL);
            e.consume();
        }
    }

    private static final class TargetCell extends ListCell<LogTarget> {
        @Override
        protected void updateItem(LogTarget item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
