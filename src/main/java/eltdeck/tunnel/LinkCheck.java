package eltdeck.tunnel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Asks sshd for an answer (a round trip on the live session) within a deadline: the one test of whether a link
 * that JSch still counts as up really is, when something on it went unanswered.
 */
final class LinkCheck {
    /** How long a live sshd may take to answer a check of the link; silence beyond it means the link is dead. */
    static final int TIMEOUT_MS = 5000;

    /** A round trip to sshd that returns its time in nanoseconds. */
    interface RoundTrip {
        long roundTrip(int timeoutMs) throws Exception;
    }

    /** The link answered (after {@code rttNanos}), or did not ({@code silence} says how). */
    record Answer(boolean answered, long rttNanos, String silence) {
    }

    private final CallDeadline deadline;
    private final int timeoutMs;

    LinkCheck(CallDeadline deadline, int timeoutMs) {
        this.deadline = deadline;
        this.timeoutMs = timeoutMs;
    }

    int timeoutMs() {
        return timeoutMs;
    }

    Answer check(RoundTrip link) throws InterruptedException {
        try {
            long rtt = deadline.within(() -> link.roundTrip(timeoutMs), timeoutMs);
            return new Answer(true, rtt, null);
        } catch (ExecutionException | TimeoutException e) {
            return new Answer(false, 0, describe(e));
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof TimeoutException ? "no answer before the deadline" : String.valueOf(cause.getMessage());
    }
}
