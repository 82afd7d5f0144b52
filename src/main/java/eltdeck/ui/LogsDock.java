package eltdeck.ui;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import eltdeck.ui.logs.LogView;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Under the containers table: whose logs (a service, or all merged in time order), the live log view, and Close. */
final class LogsDock extends BorderPane {
    private final ComboBox<LogTarget> target = new ComboBox<>();
    private final Button close = new Button(null, new FontIcon(Feather.X));
    private final ChangeListener<LogTarget> targetChanged = (o, was, now) -> {
        if (now != null) {
            target.setValue(now);
        }
    };
    private ContainersViewModel vm;

    LogsDock() {
        setId("containers-logs");
        getStyleClass().add("logs-dock");
        FontIcon icon = new FontIcon(Feather.FILE_TEXT);
        Label title = new Label("Logs");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        target.setId("containers-log-target");
        target.setTooltip(new Tooltip("Whose logs: one service, or every service merged in time order ("
                + Shortcuts.ALL_LOGS.getDisplayText() + ")"));
        target.setCellFactory(list -> new TargetCell());
        target.setButtonCell(new TargetCell());
        target.setOnAction(e -> {
            if (vm != null && target.getValue() != null) {
                vm.openLogs(target.getValue());
            }
        });
        close.setId("containers-logs-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip("Close the logs (Esc); their readers on the VM end"));
        close.setOnAction(e -> vm.closeLogs());
        HBox header = new HBox(8, icon, title, target, new Spacer(), close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("logs-dock-header");
        setTop(header);
    }

    void show(ContainersViewModel next) {
        if (vm == next) {
            return;
        }
        if (vm != null) {
            vm.logTargetProperty().removeListener(targetChanged);
        }
        vm = next;
        target.setItems(next.logTargets());
        target.setValue(next.logTargetProperty().get());
        next.logTargetProperty().addListener(targetChanged);
        setCenter(new LogView(next.logs()));
    }

    private static final class TargetCell extends ListCell<LogTarget> {
        @Override
        protected void updateItem(LogTarget item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
