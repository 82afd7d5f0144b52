package eltdeck.ui.testsupport;

import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/** Fills a window's text fields the way a user types into them. */
public final class FormTyping {
    private FormTyping() {
    }

    /** Replaces a field's text by typing (focused directly: mouse moves are slow and prove nothing here). */
    public static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            field.clear();
            field.requestFocus();
        });
        robot.targetWindow(field.getScene().getWindow()).write(text, 0);
    }
}
