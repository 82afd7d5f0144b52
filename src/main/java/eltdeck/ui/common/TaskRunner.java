package eltdeck.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs service calls off the FX thread and hands their outcome back to it. View models get one of these,
 * so their tests can run both sides inline without a window.
 */
public final class TaskRunner {
    private final Executor background;
    private final Executor ui;

    public TaskRunner(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** A pool of daemon threads for the work, results delivered with {@link Platform#runLater}. */
    public static TaskRunner forFx() {
        Executor pool = Executors.newCachedThreadPool(work -> {
            Thread t = new Thread(work, "ui-task");
            t.setDaemon(true);
            return t;
        });
        return new TaskRunner(pool, Platform::runLater);
    }

    /** Computes a value in the background; exactly one of the callbacks then runs on the UI thread. */
    public <T> void call(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    /** Runs an action in the background; exactly one of the callbacks then runs on the UI thread. */
    public void run(Action work, Runnable onSuccess, Consumer<? super Exception> onFailure) {
        call(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }

    /** Hands news from a background thread (e.g. a connection listener) to the UI thread. */
    public void onUi(Runnable update) {
        ui.execute(update);
    }

    /** Work that returns nothing but may fail. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }
}
