package eltdeck.ui.shell;

import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Shortcuts;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window of the Help menu: beside the main window (not modal), styled like it, closed by Esc or Ctrl+W. */
final class HelpWindow {
    private HelpWindow() {
    }

    static Stage create(Window owner, String title, Parent content, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(content, width, height);
        scene.getStylesheets().add(Dialogs.STYLESHEET);
        scene.getAccelerators().put(Shortcuts.CLOSE_WINDOW, stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        return stage;
    }
}
