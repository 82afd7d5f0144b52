package eltdeck.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Whether a view model's first read is under way: it is loading and no read has ended since it last had nothing to
 * show. Later reads (a refresh, a poll) leave it false, so a view masked while it is true is never dimmed over rows it
 * already shows.
 */
public final class FirstRead {
    private final ReadOnlyBooleanWrapper inProgress = new ReadOnlyBooleanWrapper(this, "inProgress");
    private boolean ended;

    /** Follows {@code loading}: each time it turns false, a read has ended. */
    public FirstRead(ObservableBooleanValue loading) {
        loading.addListener((o, was, now) -> {
            ended |= !now;
            inProgress.set(now && !ended);
        });
    }

    /** The view model shows nothing again (its server went away): the next read is a first read again. */
    public void forget() {
        ended = false;
    }

    public ReadOnlyBooleanProperty property() {
        return inProgress.getReadOnlyProperty();
    }
}
