package eltdeck.tunnel;

/** Reconnect delays: 1 s doubling to 30 s. */
final class Backoff {
    static final long MAX_SECONDS = 30;

    private Backoff() {
    }

    /** Seconds to wait before attempt {@code attempt} (1-based); the first retry comes at once. */
    static long delaySeconds(int attempt) {
        if (attempt <= 1) {
            return 0;
        }
        int exponent = Math.min(attempt - 2, 5);
        return Math.min(MAX_SECONDS, 1L << exponent);
    }
}
