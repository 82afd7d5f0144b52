package eltdeck.ui.logs;

import eltdeck.files.AtomicFile;
import eltdeck.logs.LogLine;
import eltdeck.logs.LogLineFormat;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes log lines to a file, formatted as they are shown, on the log view's worker (a long log must not hold the
 * FX thread), and says on the FX thread in one line how it went.
 */
final class LogFileSaver {
    private final Executor worker;
    private final Executor fxThread;

    LogFileSaver(Executor worker, Executor fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** @param lines read on the worker; {@code outcome} hears "Saved …" or why not, on the FX thread */
    void save(Path target, Supplier<List<LogLine>> lines, LogLineFormat format, Consumer<String> outcome) {
        worker.execute(() -> {
            List<LogLine> saved = lines.get();
            String message;
            try {
                AtomicFile.writeLines(target, saved.stream().map(format::format).iterator(), false);
                message = String.format("Saved %,d line%s to %s", saved.size(), saved.size() == 1 ? "" : "s", target);
            } catch (IOException e) {
                message = "Could not save " + target + ": " + reason(e);
            }
            String told = message;
            fxThread.execute(() -> outcome.accept(told));
        });
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        return e.getMessage();
    }
}
