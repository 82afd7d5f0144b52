package eltdeck.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs service calls off the FX thread and hands their outcome back to it, once or periodically. View models get
 * one of these, so their tests can run both sides inline without a window, and move time on with a clock of their
 * own instead of waiting for it.
 */
public final class TaskRunner {
    private final Executor background;
    private final Executor ui;
    private final Scheduler clock;

    /** Periodic work follows the wall clock. */
    public TaskRunner(Executor background, Executor ui) {
        this(background, ui, Scheduler.system());
    }

    public TaskRunner(Executor background, Executor ui, Scheduler clock) {
        this.background = background;
        this.ui = ui;
        this.clock = clock;
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

    /**
     * Polls: computes a value in the background now and then {@code period} after each outcome was delivered, so
     * turns never overlap however long one takes; each outcome reaches one of the callbacks on the UI thread, and a
     * failure does not stop the next turn. Nothing is delivered once cancelled, not even from a turn under way.
     */
    public <T> Repeating every(Duration period, Callable<T> work, Consumer<? super T> onResult,
                               Consumer<? super Exception> onFailure) {
        Repeating repeating = new Repeating(period);
        repeating.turn = () -> background.execute(() -> {
            Runnable outcome;
            try {
                T result = work.call();
                outcome = () -> onResult.accept(result);
            } catch (Exception e) {
                outcome = () -> onFailure.accept(e);
            }
            repeating.deliver(outcome);
        });
        repeating.bookIn(Duration.ZERO);
        return repeating;
    }

    /**
     * A timer on the UI thread: runs {@code tick} there {@code period} from now, and again {@code period} after each
     * tick, until cancelled. For ticks that only start work of their own (e.g. a view model's refresh).
     */
    public Repeating everyOnUi(Duration period, Runnable tick) {
        Repeating repeating = new Repeating(period);
        repeating.turn = () -> repeating.deliver(tick);
        repeating.bookIn(period);
        return repeating;
    }

    /** Hands news from a background thread (e.g. a connection listener) to the UI thread. */
    public void onUi(Runnable update) {
        ui.execute(update);
    }

    /** Periodic work under way; {@link #cancel} stops it. */
    public final class Repeating {
        private final Duration period;
        private Runnable turn;
        private volatile boolean cancelled;
        private volatile Runnable pending = () -> { };

        private Repeating(Duration period) {
            this.period = period;
        }

        /** Stops the turns: none starts after this, and the outcome of one under way is dropped. UI thread. */
        public void cancel() {
            cancelled = true;
            pending.run();
        }

        /** When the time comes, starts the next turn (which works in the background or ticks on the UI thread). */
        private void bookIn(Duration delay) {
            pending = clock.after(delay, () -> {
                if (!cancelled) {
                    turn.run();
                }
            });
        }

        /** Hands an outcome over on the UI thread, then books the next turn, unless cancelled meanwhile. */
        private void deliver(Runnable outcome) {
            ui.execute(() -> {
                if (cancelled) {
                    return;
                }
                outcome.run();
                if (!cancelled) {
                    bookIn(period);
                }
            });
        }
    }

    /** Work that returns nothing but may fail. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }
}
