package eltdeck.ui.shell;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One action of the main window, shown alike in the menu (with its accelerator) and the toolbar (with a tooltip).
 * What the window's first frame can do without (a menu item's icon, a button's tooltip) is handed to {@code later}.
 */
record Command(String id, String text, Ikon icon, KeyCombination shortcut, Runnable action, ObservableBooleanValue disabled) {

    MenuItem menuItem(Consumer<Runnable> later) {
        MenuItem item = new MenuItem(text);
        later.accept(() -> item.setGraphic(new FontIcon(icon)));
        item.setId("menu-" + id);
        item.setAccelerator(shortcut);
        item.setOnAction(e -> action.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    Button button(Consumer<Runnable> later) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        later.accept(() -> button.setTooltip(new Tooltip(tooltip())));
        button.setOnAction(e -> action.run());
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }

    /** "Connect (Ctrl+Enter)". */
    String tooltip() {
        return shortcut == null ? text : text + " (" + shortcut.getDisplayText() + ")";
    }
}
