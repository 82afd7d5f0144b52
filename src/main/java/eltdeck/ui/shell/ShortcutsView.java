package eltdeck.ui.shell;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Shortcuts;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Help › Keyboard shortcuts: every entry of {@link Shortcuts#all()}, under where it applies. */
final class ShortcutsView extends ScrollPane {

    ShortcutsView() {
        VBox sections = new VBox(14);
        sections.setPadding(new Insets(16));
        GridPane grid = null;
        Shortcuts.Scope current = null;
        for (Shortcuts.Shortcut shortcut : Shortcuts.all()) {
            if (shortcut.where() != current) {
                current = shortcut.where();
                Label title = new Label(current.title);
                title.getStyleClass().add(Styles.TITLE_4);
                grid = Dialogs.formGrid(0);
                grid.setVgap(6);
                sections.getChildren().addAll(title, grid);
            }
            Label keys = new Label(Shortcuts.text(shortcut.keys()));
            keys.getStyleClass().addAll("shortcut-keys", "mono");
            Label does = new Label(shortcut.does());
            does.getStyleClass().add("shortcut-does");
            grid.addRow(grid.getRowCount(), keys, does);
        }
        setId("shortcuts-list");
        setContent(sections);
        setFitToWidth(true);
    }
}
