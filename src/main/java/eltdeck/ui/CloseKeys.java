package eltdeck.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The keys that close a window of its own (logs, a run, an Airbyte job), as a dialog closes: Escape and Ctrl+W.
 * Escape first goes to the focused control, so closing a popup or clearing a search does not also close the window.
 */
final class CloseKeys {
    static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private CloseKeys() {
    }

    static void install(Scene scene, Stage stage) {
        scene.getAccelerators().put(CLOSE, stage::hide);
        // A handler, not a filter: it runs only for an Escape that no control took for itself.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.hide();
            }
        });
    }
}
