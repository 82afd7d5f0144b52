package eltdeck.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows each notice (a sync succeeded, a save failed) as a ControlsFX notification in the window's lower right corner,
 * for a few seconds or until closed. A notice posted while the window is hidden waits until it shows again.
 */
public final class NoticeToasts {
    /** Long enough to read two lines twice. */
    private static final Duration SHOWN_FOR = Duration.seconds(12);
    /** More at once than this fold into one "N notices" card. */
    private static final int MOST_AT_ONCE = 4;

    private NoticeToasts() {
    }

    /** From now on, shows the notices of {@code notices} over the window that holds {@code anchor}. */
    public static void follow(Notices notices, Node anchor) {
        notices.latestProperty().addListener((o, was, message) -> {
            if (message != null && !message.isEmpty() && anchor.getScene() != null && anchor.getScene().getWindow() != null) {
                Window window = anchor.getScene().getWindow();
                Once.whenTrue(window.showingProperty(), () -> show(window, message));
                // Shown: the same words posted again later make a notification of their own.
                notices.clear();
            }
        });
    }

    private static void show(Window owner, String message) {
        Notifications.create()
                .owner(owner)
                .text(message)
                .graphic(new FontIcon(Feather.BELL))
                .styleClass("notice")
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .threshold(MOST_AT_ONCE, Notifications.create().owner(owner).styleClass("notice").position(Pos.BOTTOM_RIGHT)
                        .graphic(new FontIcon(Feather.BELL)).hideAfter(SHOWN_FOR))
                .show();
    }
}
