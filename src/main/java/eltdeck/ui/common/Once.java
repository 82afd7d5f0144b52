package eltdeck.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;

/** Work that waits for a condition: a window showing, a first frame painted, a first read done. */
public final class Once {
    private Once() {
    }

    /** Runs {@code action} once, the first time {@code condition} holds: at once if it already does. */
    public static void whenTrue(ObservableBooleanValue condition, Runnable action) {
        if (condition.get()) {
            action.run();
            return;
        }
        condition.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (condition.get()) {
                    condition.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
