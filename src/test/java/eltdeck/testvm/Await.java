package eltdeck.testvm;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition; on timeout the failure says what was awaited and what the state was instead. */
public final class Await {
    private Await() {
    }

    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        until(timeout, what, condition, () -> "");
    }

    /** @return the time it took */
    public static Duration until(Duration timeout, String what, BooleanSupplier condition, Supplier<String> state) {
        long start = System.nanoTime();
        long end = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + (state.get().isEmpty() ? "" : "; state: " + state.get()));
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
