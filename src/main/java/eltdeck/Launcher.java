package eltdeck;

import eltdeck.cli.EltDeckCli;
import eltdeck.cli.Terminal;
import eltdeck.store.AppHome;
import eltdeck.store.RollingLog;
import eltdeck.ui.shell.EltDeckApp;

/**
 * The one entry point of eltdeck.jar: the window without arguments (or with {@code open [PROFILE]}), the command
 * line with them. It is not a JavaFX Application itself, so the plain jar runs without the JavaFX module path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Logging reads this when it starts: the rolling log goes beside the database.
        System.setProperty(RollingLog.HOME_PROPERTY, AppHome.resolve().toString());
        if (args.length == 0) {
            System.exit(EltDeckApp.open("")); // also ends the AWT thread a tray icon leaves behind
        } else {
            System.exit(EltDeckCli.run(args, () -> AppContext.open(AppHome.resolve()), new Terminal(System.out, System.err),
                    EltDeckApp::open));
        }
    }
}
