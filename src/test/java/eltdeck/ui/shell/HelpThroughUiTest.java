package eltdeck.ui.shell;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.BuildInfo;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.testsupport.AppLog;
import eltdeck.ui.testsupport.AppUnderTest;
import eltdeck.ui.testsupport.NoKeychain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The Help menu and the error dialog, through the window as a user meets them. */
class HelpThroughUiTest {
    /** A key no window uses, to inject a failure into the FX thread's event handling. */
    private static final KeyCombination FAIL = new KeyCodeCombination(KeyCode.F12);

    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private final AppUnderTest app = new AppUnderTest();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void theShortcutsWindowListsEveryAcceleratorOfTheMenusAndTheWindow() throws Exception {
        startApp();
        Scene main = mainScene();
        robot.push(KeyCode.F1);
        await(10, () -> window("Keyboard shortcuts").isPresent());

        List<String> listed = fx(() -> rows(window("Keyboard shortcuts").orElseThrow().getScene().getRoot()));
        assertThat(listed).as("generated from the one list").containsExactlyElementsOf(
                Shortcuts.all().stream().map(s -> Shortcuts.text(s.keys()) + " " + s.does()).toList());

        Set<KeyCombination> used = fx(() -> accelerators(main));
        List<KeyCombination> mainWindow = Shortcuts.all().stream()
                .filter(s -> s.where() == Shortcuts.Scope.MAIN).map(Shortcuts.Shortcut::keys).toList();
        assertThat(used).as("every accelerator of the menus and of the window")
                .hasSizeGreaterThan(15).isSubsetOf(mainWindow);
        assertThat(used).contains(Shortcuts.HELP_SHORTCUTS, Shortcuts.QUIT, Shortcuts.DISCONNECT_ALT);
    }

    @Test
    void aboutSaysWhichBuildOnWhatAndWhereItsFilesAre() throws Exception {
        try (AppLog log = AppLog.into(dir.resolve("home"))) {
            AppContext context = startApp();
            robot.clickOn("Help").clickOn("#menu-about");
            await(10, () -> window("About ELT Deck").isPresent());

            assertThat(label("#about-version")).isEqualTo(BuildInfo.current().version());
            assertThat(label("#about-commit")).startsWith(BuildInfo.current().commit());
            assertThat(label("#about-java")).startsWith(System.getProperty("java.version"));
            assertThat(label("#about-javafx")).isEqualTo(System.getProperty("javafx.runtime.version"));
            assertThat(label("#about-data-directory")).isEqualTo(context.home().toString());
            assertThat(label("#about-log-file")).isEqualTo(dir.resolve("home/logs/eltdeck.log").toString());

            robot.clickOn("Copy");
            assertThat(fx(() -> Clipboard.getSystemClipboard().getString()))
                    .contains("Version: " + BuildInfo.current().version(), "Data directory: " + context.home());
        }
    }

    @Test
    void theReadmeIsReadableInsideTheApp() throws Exception {
        startApp();
        robot.clickOn("Help").clickOn("#menu-readme");
        await(10, () -> robot.lookup("#readme-text").tryQuery().isPresent());

        assertThat(fx(() -> robot.lookup("#readme-text").queryAs(TextArea.class).getText()))
                .startsWith("# ELT Deck").contains("## The two commands");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void whereNoFileManagerOpensTheLogFolderItsPathIsOfferedToCopy() throws Exception {
        Path noFileManager = dir.resolve("xdg-open");
        // What xdg-open does on a machine without a file manager: exit 3.
        Files.writeString(noFileManager, "#!/bin/sh\nexit 3\n");
        Files.setPosixFilePermissions(noFileManager, PosixFilePermissions.fromString("rwx------"));
        Path home = dir.resolve("home");
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        FxToolkit.setupStage(s -> {
            HelpMenu help = new HelpMenu(s, home, TaskRunner.forFx(), new FolderOpener(Optional.of(noFileManager), true));
            s.setScene(new Scene(new MenuBar(help.menu(new MenuItem("Getting started guide"))), 400, 200));
        });
        FxToolkit.showStage();

        robot.clickOn("Help").clickOn("#menu-log-folder");
        await(10, () -> robot.lookup("#log-folder-path").tryQuery().isPresent());

        assertThat(fx(() -> robot.lookup("#log-folder-path").queryAs(TextField.class).getText()))
                .as("tests log to the console: the data directory's log folder")
                .isEqualTo(home.resolve("logs").toString());
        robot.clickOn("Copy");
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(home.resolve("logs").toString());
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void anUncaughtErrorIsShownInWordsOnceAndTheAppGoesOn() throws Exception {
        try (AppLog log = AppLog.into(dir.resolve("home"))) {
            startApp();
            Scene main = mainScene();
            robot.interact(() -> main.getAccelerators().put(FAIL, () -> {
                throw new IllegalStateException("The profile list could not be sorted");
            }));

            robot.push(KeyCode.F12);
            await(10, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
            assertThat(fx(() -> errorDialog().getHeaderText()))
                    .isEqualTo("Something went wrong while the window was handling what you did");
            assertThat(label("#error-explanation")).isEqualTo("The profile list could not be sorted.");
            assertThat(label("#error-log-file")).contains(dir.resolve("home/logs/eltdeck.log").toString());
            assertThat(log.text()).contains("Uncaught error on thread JavaFX Application Thread",
                    "java.lang.IllegalStateException: The profile list could not be sorted",
                    "at eltdeck.ui.shell.HelpThroughUiTest");

            // The dialog does not block the window: the same failure again, from the main window.
            robot.interact(() -> main.getWindow().requestFocus());
            robot.push(KeyCode.F12);
            await(10, () -> label("#error-repeats").contains("2 times"));
            Thread background = new Thread(() -> {
                throw new UncheckedIOException(new IOException("No space left on device"));
            }, "ui-task");
            background.start();
            background.join();
            await(10, () -> label("#error-repeats").contains("3 times"));
            assertThat(label("#error-explanation")).isEqualTo("Reading or writing failed: No space left on device.");
            assertThat(fx(() -> robot.lookup("#error-dialog").queryAll().size())).as("one dialog, not three").isEqualTo(1);

            robot.clickOn("Show Details");
            await(10, () -> robot.lookup("#error-detail").tryQuery().map(Node::isVisible).orElse(false));
            assertThat(fx(() -> robot.lookup("#error-detail").queryAs(TextArea.class).getText()))
                    .contains("java.io.UncheckedIOException", "No space left on device", "at eltdeck.ui.shell.HelpThroughUiTest");
            robot.clickOn("Copy");
            assertThat(fx(() -> Clipboard.getSystemClipboard().getString()))
                    .startsWith("Something went wrong while ELT Deck was working in the background")
                    .contains(BuildInfo.current().describe(), "No space left on device", "at eltdeck.ui.");

            robot.clickOn(fx(() -> errorDialog().lookupButton(ButtonType.CLOSE)));
            await(10, () -> robot.lookup("#error-dialog").tryQuery().isEmpty());
            robot.push(KeyCode.F1);
            await(10, () -> window("Keyboard shortcuts").isPresent());
        }
    }

    private AppContext startApp() throws Exception {
        AppContext context = AppContext.open(dir.resolve("home"), new NoKeychain());
        app.open(context);
        // A new data directory: the window is ready once it shows its first-run screen.
        await(10, () -> robot.lookup("#empty-state").tryQuery().map(Node::isVisible).orElse(false));
        return context;
    }

    private static Scene mainScene() {
        return FxToolkit.toolkitContext().getRegisteredStage().getScene();
    }

    private static Optional<Stage> window(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())
                .map(Stage.class::cast).findFirst();
    }

    private DialogPane errorDialog() {
        return robot.lookup("#error-dialog").queryAs(DialogPane.class);
    }

    private String label(String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    /** "Keys What it does" for each row of the shortcuts window, top to bottom. */
    private static List<String> rows(Node root) {
        List<String> keys = root.lookupAll(".shortcut-keys").stream().map(n -> ((Label) n).getText()).toList();
        List<String> does = root.lookupAll(".shortcut-does").stream().map(n -> ((Label) n).getText()).toList();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            rows.add(keys.get(i) + " " + does.get(i));
        }
        return rows;
    }

    private static Set<KeyCombination> accelerators(Scene scene) {
        Set<KeyCombination> found = new LinkedHashSet<>(scene.getAccelerators().keySet());
        MenuBar bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
        bar.getMenus().forEach(menu -> collect(menu, found));
        return found;
    }

    private static void collect(MenuItem item, Set<KeyCombination> found) {
        if (item.getAccelerator() != null) {
            found.add(item.getAccelerator());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, found));
        }
    }
}
