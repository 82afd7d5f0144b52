package eltdeck.ui.logs;

import eltdeck.logs.AnsiColor;
import eltdeck.logs.LogLevel;
import eltdeck.logs.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * Gives text the look of its ANSI style. The 16 terminal colours become style classes that log-view.css maps
 * to the theme's colours, so they read well on light and dark themes; exact colours are set inline.
 */
final class AnsiStyles {
    private AnsiStyles() {
    }

    /** Styles a piece of a line; text without a colour of its own takes its line's level colour. */
    static void style(Text text, TextStyle style, LogLevel level) {
        List<String> classes = text.getStyleClass();
        classes.add("log-text");
        AnsiColor foreground = style.foreground();
        if (foreground == null) {
            if (level != null) {
                classes.add("level-" + level.name().toLowerCase(Locale.ROOT));
            }
        } else if (foreground.isPalette()) {
            classes.add("ansi-fg-" + foreground.paletteIndex());
        } else {
            text.setStyle("-fx-fill: " + foreground.hex() + ";");
        }
        if (style.bold()) {
            classes.add("ansi-bold");
        }
        if (style.faint()) {
            classes.add("ansi-faint");
        }
        if (style.italic()) {
            classes.add("ansi-italic");
        }
        text.setUnderline(style.underline());
    }

    /** Paints the shape drawn behind text whose style has a background colour. */
    static void paintBackground(Shape shape, AnsiColor background) {
        if (background.isPalette()) {
            shape.getStyleClass().add("ansi-bg-" + background.paletteIndex());
        } else {
            shape.setStyle("-fx-fill: " + background.hex() + ";");
        }
    }
}
