package eltdeck.ui.shell;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last word on an error nobody caught, on any thread (the FX thread too): it is logged with its stack and
 * shown in one {@link ErrorDialog}; the app goes on. Installed while the window is up, then the old handler is back.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final Supplier<Window> owner;
    private final Thread.UncaughtExceptionHandler previous;
    private ErrorDialog dialog;

    private UncaughtErrors(Supplier<Window> owner) {
        this.owner = owner;
        this.previous = Thread.getDefaultUncaughtExceptionHandler();
    }

    /** Call on the FX thread, which gets the handler too (JavaFX hands it what its event handlers throw). */
    static UncaughtErrors install(Supplier<Window> owner) {
        UncaughtErrors errors = new UncaughtErrors(owner);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        return errors;
    }

    /** Puts back the default handler found at install; the FX thread falls back to it (FX thread). */
    void uninstall() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        Thread.currentThread().setUncaughtExceptionHandler(null);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught error on thread {}", thread.getName(), error);
        ErrorWords words = ErrorWords.of(thread, error);
        String stack = ErrorWords.stackTrace(error);
        try {
            if (Platform.isFxApplicationThread()) {
                show(words, stack);
            } else {
                Platform.runLater(() -> show(words, stack));
            }
        } catch (RuntimeException | LinkageError e) {
            // No FX toolkit (any more): the log has it.
            LOG.warn("Cannot show the error in a window: {}", e.toString());
        }
    }

    private void show(ErrorWords words, String stack) {
        try {
            if (dialog == null || !dialog.isShowing()) {
                dialog = new ErrorDialog(owner.get());
                dialog.add(words, stack);
                dialog.show();
            } else {
                dialog.add(words, stack);
            }
        } catch (RuntimeException e) {
            // Showing failed too (a broken scene): never loop through this handler again.
            LOG.error("Cannot show the error dialog", e);
        }
    }
}
