package eltdeck.ui.shell;

import eltdeck.files.SettingsFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Where the main window was and how it was arranged when it last closed (size, position, maximized, tunnels folded),
 * kept in {@code window.properties} in the data directory, so the console reopens as the user left it. A file that
 * cannot be read, or bounds on a screen that is gone, give the defaults.
 */
public final class WindowLayout {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    private static final String FILE = "window.properties";
    /** At least this much of the window must lie on a screen for the saved position to be used. */
    private static final double MIN_VISIBLE = 100;

    private final SettingsFile file;
    private Optional<Rectangle2D> bounds = Optional.empty();
    private boolean maximized;
    private boolean tunnelsExpanded = true;

    private WindowLayout(Path file) {
        this.file = new SettingsFile(file, "the main window as it was last closed");
    }

    /** The layout saved in {@code home}, or the defaults. */
    public static WindowLayout in(Path home) {
        WindowLayout layout = new WindowLayout(home.resolve(FILE));
        layout.file.load(layout::read);
        return layout;
    }

    private void read(Properties saved) {
        double width = Double.parseDouble(saved.getProperty("width", "0"));
        double height = Double.parseDouble(saved.getProperty("height", "0"));
        if (width > 0 && height > 0) {
            bounds = Optional.of(new Rectangle2D(Double.parseDouble(saved.getProperty("x", "0")),
                    Double.parseDouble(saved.getProperty("y", "0")), width, height));
        }
        maximized = Boolean.parseBoolean(saved.getProperty("maximized", "false"));
        tunnelsExpanded = Boolean.parseBoolean(saved.getProperty("tunnelsExpanded", "true"));
    }

    /**
     * Where to open on these screens (their visual bounds): the saved bounds, shrunk to fit, when enough of them lies on
     * one of the screens; else the default size (shrunk to fit) centred on the first screen.
     */
    public Rectangle2D placement(List<Rectangle2D> screens) {
        Rectangle2D primary = screens.isEmpty() ? new Rectangle2D(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT) : screens.get(0);
        if (bounds.isPresent()) {
            Rectangle2D saved = bounds.get();
            for (Rectangle2D screen : screens) {
                if (visibleArea(saved, screen)) {
                    double width = Math.min(saved.getWidth(), screen.getWidth());
                    double height = Math.min(saved.getHeight(), screen.getHeight());
                    double x = Math.max(screen.getMinX(), Math.min(saved.getMinX(), screen.getMaxX() - width));
                    double y = Math.max(screen.getMinY(), Math.min(saved.getMinY(), screen.getMaxY() - height));
                    return new Rectangle2D(x, y, width, height);
                }
            }
        }
        double width = Math.min(DEFAULT_WIDTH, primary.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, primary.getHeight());
        return new Rectangle2D(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height);
    }

    private static boolean visibleArea(Rectangle2D window, Rectangle2D screen) {
        double overlapWidth = Math.min(window.getMaxX(), screen.getMaxX()) - Math.max(window.getMinX(), screen.getMinX());
        double overlapHeight = Math.min(window.getMaxY(), screen.getMaxY()) - Math.max(window.getMinY(), screen.getMinY());
        return overlapWidth >= MIN_VISIBLE && overlapHeight >= MIN_VISIBLE;
    }

    public boolean maximized() {
        return maximized;
    }

    public boolean tunnelsExpanded() {
        return tunnelsExpanded;
    }

    /**
     * Opens {@code stage} as saved (on the screens there are now) and saves its layout when it is hidden; the bounds
     * saved are the last ones it had while not maximized.
     */
    public void applyTo(Stage stage, BooleanProperty tunnelsShown) {
        Rectangle2D place = placement(Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        stage.setMaximized(maximized);
        tunnelsShown.set(tunnelsExpanded);
        Rectangle2D[] normal = {place};
        InvalidationListener moved = o -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal[0] = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        for (Observable bound : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            bound.addListener(moved);
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> save(normal[0], stage.isMaximized(), tunnelsShown.get()));
    }

    /**
     * Saves the layout as the window leaves it. {@code normalBounds} are the bounds it had when last not maximized
     * (so un-maximizing next time restores them). A failure is logged: a lost layout is no reason to stop a quit.
     */
    public void save(Rectangle2D normalBounds, boolean isMaximized, boolean areTunnelsExpanded) {
        bounds = Optional.of(normalBounds);
        maximized = isMaximized;
        tunnelsExpanded = areTunnelsExpanded;
        Properties out = new Properties();
        out.setProperty("x", Double.toString(normalBounds.getMinX()));
        out.setProperty("y", Double.toString(normalBounds.getMinY()));
        out.setProperty("width", Double.toString(normalBounds.getWidth()));
        out.setProperty("height", Double.toString(normalBounds.getHeight()));
        out.setProperty("maximized", Boolean.toString(isMaximized));
        out.setProperty("tunnelsExpanded", Boolean.toString(areTunnelsExpanded));
        file.save(out);
    }
}
