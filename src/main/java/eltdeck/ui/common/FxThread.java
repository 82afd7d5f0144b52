package eltdeck.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a background thread (an SSH connection waiting for the user) ask a question: the dialog runs on the
 * FX thread while the caller blocks until it is answered.
 */
public final class FxThread {
    private static final Logger LOG = LoggerFactory.getLogger(FxThread.class);

    private FxThread() {
    }

    /** The answer, or {@code safeAnswer} when the caller is interrupted or the question itself fails. */
    public static <T> T ask(Supplier<T> question, T safeAnswer) {
        if (Platform.isFxApplicationThread()) {
            return question.get();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return safeAnswer;
        } catch (ExecutionException e) {
            LOG.error("A dialog failed; answering with the safe default", e.getCause());
            return safeAnswer;
        }
    }
}
