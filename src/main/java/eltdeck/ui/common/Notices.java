package eltdeck.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Short messages for the window (a save that failed, a keychain that refused), from any thread, shown as
 * notifications; news worth interrupting for (a run that ended) also goes to the desktop.
 */
public final class Notices {
    private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper(this, "latest", "");
    private final TaskRunner tasks;
    private final DesktopNotifier desktop;

    public Notices(TaskRunner tasks, DesktopNotifier desktop) {
        this.tasks = tasks;
        this.desktop = desktop;
    }

    public void post(String message) {
        tasks.onUi(() -> latest.set(message));
    }

    /** Posts the message here and, where the desktop can show notifications, there too. */
    public void alert(String message) {
        post(message);
        desktop.show(Labels.APP_NAME, message);
    }

    public void clear() {
        tasks.onUi(() -> latest.set(""));
    }

    public ReadOnlyStringProperty latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
