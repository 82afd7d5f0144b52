package eltdeck.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The main window's keyboard shortcuts ("Shortcut" is Ctrl, or Cmd on macOS). */
final class Shortcuts {
    static final KeyCombination ADD_VM = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination CONNECT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DISCONNECT =
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** A second way to disconnect, for keyboards where Shift+Enter is awkward. */
    static final KeyCombination DISCONNECT_ALT = new KeyCodeCombination(KeyCode.BACK_SPACE, KeyCombination.SHORTCUT_DOWN);
    /** Tab shortcuts: each shows its tab and puts the focus in it (the Deploy tab's does not deploy). */
    static final KeyCombination DEPLOY =
            new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination CONTAINERS =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination AIRBYTE =
            new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination DBT =
            new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** In the containers tab: the selected service's logs (Enter in the table does the same), or every service's. */
    static final KeyCombination SERVICE_LOGS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ALL_LOGS =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination RESTART_SERVICE = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    /** In the .env tab: read the file from the VM again; save it there. */
    static final KeyCombination ENV_RELOAD = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ENV_SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination GENERATE_KEY = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination TOGGLE_THEME = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private Shortcuts() {
    }
}
