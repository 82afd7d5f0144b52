package eltdeck.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The two kinds of text the windows are made of: captions in front of values, and wrapped paragraphs. */
public final class Labels {
    /** The app's name, as windows, notices and the tray show it. */
    public static final String APP_NAME = "ELT Deck";

    private Labels() {
    }

    /** The muted label in front of a form field or a value. */
    public static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /** Text that wraps and is never cut to "…": its height follows the lines it needs. */
    public static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A paragraph in a state's colour ({@code Styles.DANGER}, {@code Styles.WARNING}…). */
    public static Label styled(String text, String style) {
        Label label = paragraph(text);
        label.getStyleClass().add(style);
        return label;
    }
}
