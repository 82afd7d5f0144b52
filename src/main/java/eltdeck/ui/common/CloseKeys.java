package eltdeck.ui.common;

import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The keys that close a window of its own (logs, a run, an Airbyte job), as a dialog closes: Escape and Ctrl+W.
 * Escape first goes to the focused control, so closing a popup or clearing a search does not also close the window.
 */
public final class CloseKeys {
    private CloseKeys() {
    }

    public static void install(Scene scene, Stage stage) {
        scene.getAccelerators().put(Shortcuts.CLOSE_WINDOW, stage::hide);
        // A handler, not a filter: it runs only for an Escape that no control took for itself.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.CLOSE_WINDOW_ESCAPE.match(e) && !e.isConsumed()) {
                e.consume();
                stage.hide();
            }
        });
    }
}
