package eltdeck.ui.shell;

import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Help menu: the keyboard shortcuts (also F1), the README, the log folder, and About. */
final class HelpMenu {
    private final Window owner;
    private final Path dataDirectory;
    private final TaskRunner tasks;
    private final FolderOpener opener;
    /** Each help window once: choosing it again brings it to the front. */
    private final Map<String, Stage> windows = new HashMap<>();

    HelpMenu(Window owner, Path dataDirectory, TaskRunner tasks, FolderOpener opener) {
        this.owner = owner;
        this.dataDirectory = dataDirectory;
        this.tasks = tasks;
        this.opener = opener;
    }

    /** @param guide brings the getting-started guide back */
    Menu menu(MenuItem guide) {
        MenuItem shortcuts = item("shortcuts", "Keyboard shortcuts", Feather.COMMAND, this::showShortcuts);
        shortcuts.setAccelerator(Shortcuts.HELP_SHORTCUTS);
        return new Menu("Help", null, shortcuts,
                item("readme", "README", Feather.BOOK_OPEN, this::showReadme), guide,
                item("log-folder", "Open the log folder", Feather.FOLDER, this::openLogFolder),
                new SeparatorMenuItem(),
                item("about", "About ELT Deck", Feather.INFO, this::showAbout));
    }

    void showShortcuts() {
        show("Keyboard shortcuts", ShortcutsView::new, 620, 640);
    }

    void showReadme() {
        show("README", ReadmeView::new, 1100, 760);
    }

    void showAbout() {
        show("About ELT Deck", () -> new AboutView(AboutInfo.current(dataDirectory)), 640, 360);
    }

    void openLogFolder() {
        Path folder = LogFile.current().map(Path::getParent).orElse(dataDirectory.resolve("logs"));
        tasks.call(() -> opener.open(folder), opened -> {
            if (!opened) {
                offerPath(folder);
            }
        }, failure -> offerPath(folder));
    }

    /** Where no file manager opened the folder: say so, and give the path to copy. */
    private void offerPath(Path folder) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Dialogs.prepare(alert, owner, "Log folder", 620);
        alert.setHeaderText("No file manager could open the log folder");
        TextField path = new TextField(folder.toString());
        path.setId("log-folder-path");
        path.setEditable(false);
        HBox.setHgrow(path, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(10,
                Labels.paragraph("This machine has no file manager that ELT Deck can start. The log files are in:"),
                new HBox(8, path, Dialogs.copyButton(path::getText))));
        alert.show();
    }

    private void show(String title, Supplier<Parent> content, double width, double height) {
        Stage stage = windows.computeIfAbsent(title, t -> HelpWindow.create(owner, t, content.get(), width, height));
        stage.show();
        stage.toFront();
    }

    private static MenuItem item(String id, String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId("menu-" + id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
