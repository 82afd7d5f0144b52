package eltdeck.ui.common;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import eltdeck.ui.logs.LogView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the app, with what it does and where it applies: the menus and panes use these
 * constants, and Help › Keyboard shortcuts is generated from {@link #all()}, so the two cannot drift apart.
 * "Shortcut" is Ctrl, or Cmd on macOS.
 */
public final class Shortcuts {
    /** Where a shortcut applies, in the order the shortcuts window lists them. */
    public enum Scope {
        MAIN("Main window"),
        CONTAINERS("Containers tab"),
        ENV(".env tab"),
        FLOWS("Flows tab"),
        RUNS("Runs tab"),
        AIRBYTE("Airbyte tab"),
        DBT("dbt tab"),
        LOG_VIEW("Log views (container logs, run logs, dbt output)"),
        WINDOWS("Log, run and job windows");

        public final String title;

        Scope(String title) {
            this.title = title;
        }
    }

    /** One shortcut: its keys, what it does in words, and where. */
    public record Shortcut(KeyCombination keys, String does, Scope where) {
    }

    // Declared before the constants: each definition below adds itself to it, in order.
    private static final List<Shortcut> ALL = new ArrayList<>();

    public static final KeyCombination ADD_VM = define(Scope.MAIN, "Add a VM", KeyCode.N, SHORTCUT_DOWN);
    public static final KeyCombination EDIT = define(Scope.MAIN, "Edit the selected profile", KeyCode.E, SHORTCUT_DOWN);
    public static final KeyCombination DUPLICATE = define(Scope.MAIN, "Duplicate the selected profile", KeyCode.D, SHORTCUT_DOWN);
    public static final KeyCombination DELETE = define(Scope.MAIN, "Delete the selected profile", KeyCode.DELETE);
    public static final KeyCombination CONNECT = define(Scope.MAIN, "Connect and open the tunnels", KeyCode.ENTER, SHORTCUT_DOWN);
    public static final KeyCombination DISCONNECT = define(Scope.MAIN, "Disconnect", KeyCode.ENTER, SHORTCUT_DOWN, SHIFT_DOWN);
    /** A second way to disconnect, for keyboards where Shift+Enter is awkward. */
    public static final KeyCombination DISCONNECT_ALT = define(Scope.MAIN, "Disconnect", KeyCode.BACK_SPACE, SHORTCUT_DOWN);
    /** Tab shortcuts: each shows its tab and puts the focus in it (the Deploy tab's does not deploy). */
    public static final KeyCombination DEPLOY = define(Scope.MAIN, "Show the Deploy tab", KeyCode.D, SHORTCUT_DOWN, SHIFT_DOWN);
    public static final KeyCombination CONTAINERS = define(Scope.MAIN, "Show containers and logs", KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN);
    public static final KeyCombination AIRBYTE = define(Scope.MAIN, "Show Airbyte connections", KeyCode.A, SHORTCUT_DOWN, SHIFT_DOWN);
    public static final KeyCombination DBT = define(Scope.MAIN, "Show the dbt project", KeyCode.B, SHORTCUT_DOWN, SHIFT_DOWN);
    public static final KeyCombination GENERATE_KEY = define(Scope.MAIN, "Generate an SSH key", KeyCode.K, SHORTCUT_DOWN);
    public static final KeyCombination IMPORT = define(Scope.MAIN, "Import hosts from ~/.ssh/config", KeyCode.I, SHORTCUT_DOWN);
    public static final KeyCombination TOGGLE_THEME = define(Scope.MAIN, "Switch between light and dark", KeyCode.T, SHORTCUT_DOWN);
    public static final KeyCombination HELP_SHORTCUTS = define(Scope.MAIN, "List the keyboard shortcuts", KeyCode.F1);
    public static final KeyCombination QUIT = define(Scope.MAIN, "Quit", KeyCode.Q, SHORTCUT_DOWN);

    public static final KeyCombination SERVICE_LOGS = define(Scope.CONTAINERS, "The selected service's logs", KeyCode.L, SHORTCUT_DOWN);
    public static final KeyCombination SERVICE_LOGS_ENTER = define(Scope.CONTAINERS, "The selected service's logs", KeyCode.ENTER);
    public static final KeyCombination ALL_LOGS =
            define(Scope.CONTAINERS, "Every service's logs, merged in time order", KeyCode.L, SHORTCUT_DOWN, SHIFT_DOWN);
    public static final KeyCombination RESTART_SERVICE = define(Scope.CONTAINERS, "Restart the selected service", KeyCode.R, SHORTCUT_DOWN);
    public static final KeyCombination REFRESH = define(Scope.CONTAINERS, "List the containers again", KeyCode.F5);

    public static final KeyCombination ENV_RELOAD = define(Scope.ENV, "Read the .env from the VM again", KeyCode.R, SHORTCUT_DOWN);
    public static final KeyCombination ENV_SAVE = define(Scope.ENV, "Review the changes and save them on the VM", KeyCode.S, SHORTCUT_DOWN);

    public static final KeyCombination FLOWS_REFRESH = define(Scope.FLOWS, "Read the server and its flows again", KeyCode.F5);
    public static final KeyCombination FLOWS_SEARCH = define(Scope.FLOWS, "Search the flows", KeyCode.F, SHORTCUT_DOWN);
    public static final KeyCombination FLOWS_RUN = define(Scope.FLOWS, "Run the selected flow with parameters", KeyCode.R, SHORTCUT_DOWN);
    public static final KeyCombination FLOWS_SCHEDULE =
            define(Scope.FLOWS, "Edit the selected flow's schedule", KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN);

    public static final KeyCombination RUNS_REFRESH = define(Scope.RUNS, "Read the runs again", KeyCode.F5);
    public static final KeyCombination RUNS_OPEN = define(Scope.RUNS, "Open the selected run", KeyCode.ENTER);

    public static final KeyCombination AIRBYTE_REFRESH = define(Scope.AIRBYTE, "Read the connections again", KeyCode.F5);
    public static final KeyCombination AIRBYTE_SEARCH = define(Scope.AIRBYTE, "Search the connections", KeyCode.F, SHORTCUT_DOWN);
    public static final KeyCombination AIRBYTE_SYNC = define(Scope.AIRBYTE, "Sync the selected connection now", KeyCode.R, SHORTCUT_DOWN);
    public static final KeyCombination AIRBYTE_OPEN_JOB = define(Scope.AIRBYTE, "Open the selected job", KeyCode.ENTER);

    public static final KeyCombination DBT_SEARCH = define(Scope.DBT, "Search models and tests", KeyCode.F, SHORTCUT_DOWN);
    public static final KeyCombination DBT_REFRESH = define(Scope.DBT, "Read the dbt project on the VM again", KeyCode.F5);
    public static final KeyCombination DBT_RUN = define(Scope.DBT, "Run dbt in the agent's container", KeyCode.R, SHORTCUT_DOWN);
    public static final KeyCombination DBT_CANCEL = define(Scope.DBT, "Interrupt the running dbt command", KeyCode.ESCAPE);
    public static final KeyCombination DBT_SHOW = define(Scope.DBT, "Show the selected item in the graph", KeyCode.ENTER);

    public static final KeyCombination CLOSE_WINDOW = define(Scope.WINDOWS, "Close the window", KeyCode.W, SHORTCUT_DOWN);
    static final KeyCombination CLOSE_WINDOW_ESCAPE = define(Scope.WINDOWS, "Close the window (unless a control takes it)", KeyCode.ESCAPE);

    static {
        // JavaFX's own keys in the main window: the menu bar's, and a default button's (Add VM on the first start).
        describe(Scope.MAIN, "Go to the menu bar", new KeyCodeCombination(KeyCode.F10));
        describe(Scope.MAIN, "Press the highlighted button (Add VM on the first start)", new KeyCodeCombination(KeyCode.ENTER));
        // The log view lives in its own package and keeps its keys; they are listed here all the same.
        describe(Scope.LOG_VIEW, "Filter the lines", LogView.FIND);
        describe(Scope.LOG_VIEW, "Jump to the newest line and follow", LogView.NEWEST);
        describe(Scope.LOG_VIEW, "Copy the selected lines", LogView.COPY);
        describe(Scope.LOG_VIEW, "Save the shown lines to a file", LogView.SAVE);
    }

    private Shortcuts() {
    }

    /** Every shortcut, grouped by where it applies (in {@link Scope} order), in the order defined. */
    public static List<Shortcut> all() {
        List<Shortcut> sorted = new ArrayList<>(ALL);
        sorted.sort((a, b) -> a.where().compareTo(b.where()));
        return List.copyOf(sorted);
    }

    /** The keys as the shortcuts window writes them: JavaFX's text with Enter and Backspace spelled out. */
    public static String text(KeyCombination keys) {
        return keys.getDisplayText().replace("\u21b5", "Enter").replace("Back Space", "Backspace");
    }

    private static KeyCombination define(Scope where, String does, KeyCode code, KeyCombination.Modifier... modifiers) {
        KeyCombination keys = new KeyCodeCombination(code, modifiers);
        describe(where, does, keys);
        return keys;
    }

    private static void describe(Scope where, String does, KeyCombination keys) {
        ALL.add(new Shortcut(keys, does, where));
    }
}
