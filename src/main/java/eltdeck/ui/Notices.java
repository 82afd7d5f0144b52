package eltdeck.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Short messages for the status bar (a save that failed, a keychain that refused), from any thread. */
public final class Notices {
    private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper(this, "latest", "");
    private final TaskRunner tasks;

    public Notices(TaskRunner tasks) {
        this.tasks = tasks;
    }

    public void post(String message) {
        tasks.onUi(() -> latest.set(message));
    }

    public void clear() {
        tasks.onUi(() -> latest.set(""));
    }

    public ReadOnlyStringProperty latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
