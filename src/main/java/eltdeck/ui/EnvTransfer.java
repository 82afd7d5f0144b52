package eltdeck.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one read or write of the {@code .env} under way, in the background: what a cancelled or superseded call
 * sends back afterwards is dropped, so only the current call ever changes the editor. UI thread only.
 */
final class EnvTransfer {
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private EnvAccess.Call<?> running;

    EnvTransfer(TaskRunner tasks) {
        this.tasks = tasks;
    }

    void load(EnvAccess.Call<EnvDocument> call, Consumer<EnvDocument> done, Consumer<Exception> failed) {
        loading.set(true);
        start(call, done, failed);
    }

    void save(EnvAccess.Call<EnvAccess.SaveOutcome> call, Consumer<EnvAccess.SaveOutcome> done, Consumer<Exception> failed) {
        saving.set(true);
        start(call, done, failed);
    }

    private <T> void start(EnvAccess.Call<T> call, Consumer<T> done, Consumer<Exception> failed) {
        running = call;
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

    /** Stops a load under way (its result is dropped); false when none runs. */
    boolean cancelLoad() {
        EnvAccess.Call<?> call = running;
        if (call == null || !loading.get()) {
            return false;
        }
        ended();
        tasks.run(call::cancel, () -> { }, e -> { });
        return true;
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
