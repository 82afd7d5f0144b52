package eltdeck.testvm;

import java.util.function.Consumer;

/** Starting a server in steps: if a step fails, what was started is closed, and the step's failure is thrown. */
final class StartUp {
    private StartUp() {
    }

    static <T extends AutoCloseable> T orClose(T started, Consumer<T> remainingSteps) {
        try {
            remainingSteps.accept(started);
            return started;
        } catch (RuntimeException | Error e) {
            try {
                started.close();
            } catch (Exception cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
