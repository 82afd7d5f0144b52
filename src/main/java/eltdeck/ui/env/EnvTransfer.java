package eltdeck.ui.env;

import eltdeck.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one read or write of the {@code .env} under way, in the background: what a cancelled or superseded call sends
 * back afterwards is dropped, so only the current call ever changes the editor. Each change of state is made first
 * and the caller's {@code announce} (its status line) runs after it: listeners see the editor busy, or no longer
 * busy, before they see the words about it. UI thread only.
 */
final class EnvTransfer {
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private EnvAccess.Call<?> running;

    EnvTransfer(TaskRunner tasks) {
        this.tasks = tasks;
    }

    void load(EnvAccess.Call<EnvDocument> call, Runnable announce, Consumer<EnvDocument> done, Consumer<Exception> failed) {
        start(call, loading, announce, done, failed);
    }

    void save(EnvAccess.Call<EnvAccess.SaveOutcome> call, Runnable announce, Consumer<EnvAccess.SaveOutcome> done,
            Consumer<Exception> failed) {
        start(call, saving, announce, done, failed);
    }

    private <T> void start(EnvAccess.Call<T> call, ReadOnlyBooleanWrapper flag, Runnable announce, Consumer<T> done,
            Consumer<Exception> failed) {
        running = call;
        flag.set(true);
        announce.run();
        tasks.call(call::run, result -> {
            if (running == call) {
                ended();
                done.accept(result);
            }
        }, e -> {
            if (running == call) {
                ended();
                failed.accept(e);
            }
        });
    }

    /** Stops a load under way (its result is dropped), then announces it; nothing when no load runs. */
    void cancelLoad(Runnable announce) {
        EnvAccess.Call<?> call = running;
        if (call == null || !loading.get()) {
            return;
        }
        ended();
        announce.run();
        tasks.run(call::cancel, () -> { }, e -> { });
    }

    private void ended() {
        running = null;
        loading.set(false);
        saving.set(false);
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
