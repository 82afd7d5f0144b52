package eltdeck.tunnel;

import java.util.concurrent.TimeUnit;

/**
 * Tells from the forwards' counters, read once a second, when forwarded traffic has gone unanswered: bytes went to
 * the VM, nothing came back since, and nothing has moved either way for {@link #LIMIT_NANOS}; or a channel open has
 * waited that long. Either makes the link suspect. One suspicion per unanswered burst, so a request the VM takes
 * long to answer (a long poll) costs one check of the link, not one a second.
 */
final class StallWatch {
    static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(3);
    /** {@link Traffic#oldestOpenStarted()} when no channel open is waiting. */
    static final long NO_OPEN = Long.MAX_VALUE;

    /** The forwards count from zero: bytes sent before the first look count too. */
    private long lastIn;
    private long lastOut;
    private long lastMoved;
    private boolean awaitingAnswer;
    private long reportedOpen = NO_OPEN;

    /** The forwards' totals at one moment; {@code oldestOpenStarted} is a {@link System#nanoTime()} or {@link #NO_OPEN}. */
    record Traffic(long bytesIn, long bytesOut, int openConnections, long oldestOpenStarted) {
    }

    /** @return what stalled, the first time it has waited longer than the limit; otherwise null */
    String observe(Traffic now, long nanoTime) {
        if (now.bytesIn() != lastIn || now.bytesOut() != lastOut) {
            lastMoved = nanoTime;
        }
        if (now.bytesIn() != lastIn) {
            awaitingAnswer = false;
        } else if (now.bytesOut() != lastOut) {
            awaitingAnswer = true;
        }
        lastIn = now.bytesIn();
        lastOut = now.bytesOut();
        if (now.oldestOpenStarted() != NO_OPEN && now.oldestOpenStarted() != reportedOpen
                && nanoTime - now.oldestOpenStarted() > LIMIT_NANOS) {
            reportedOpen = now.oldestOpenStarted();
            return "A forwarded connection got no answer to its channel open for " + seconds() + " s";
        }
        if (awaitingAnswer && now.openConnections() > 0 && nanoTime - lastMoved > LIMIT_NANOS) {
            awaitingAnswer = false;
            return "Forwarded traffic got no answer for " + seconds() + " s";
        }
        return null;
    }

    private static long seconds() {
        return TimeUnit.NANOSECONDS.toSeconds(LIMIT_NANOS);
    }
}
