package eltdeck.tunnel;

import eltdeck.ssh.SshFailure;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * When to try a lost connection again: the {@link Backoff} countdown before each attempt, cut short after a network
 * failure as soon as the VM's SSH port answers again (so tunnels return within seconds of the link), and which
 * failures end retrying altogether.
 */
final class ReconnectPolicy {
    private static final Set<SshFailure.Kind> NETWORK_FAILURES = EnumSet.of(SshFailure.Kind.TIMEOUT,
            SshFailure.Kind.CONNECTION_REFUSED, SshFailure.Kind.UNREACHABLE, SshFailure.Kind.HOST_NOT_FOUND,
            SshFailure.Kind.CLOSED_BEFORE_LOGIN, SshFailure.Kind.CONNECTION_LOST);

    /** Shows the countdown: attempt number and whole seconds left. */
    interface Countdown {
        void show(int attempt, long secondsLeft);
    }

    private final Object lock;
    private final BooleanSupplier wanted;
    private final Supplier<SshFailure> sshPortSilence;

    /**
     * @param lock notified when the user stops (the wait ends early)
     * @param sshPortSilence null when the VM's SSH port takes a connection, otherwise what was seen
     */
    ReconnectPolicy(Object lock, BooleanSupplier wanted, Supplier<SshFailure> sshPortSilence) {
        this.lock = lock;
        this.wanted = wanted;
        this.sshPortSilence = sshPortSilence;
    }

    /** A failure that retrying cannot fix: the host key is not the one trusted. */
    static boolean endsRetrying(SshFailure f) {
        return f.kind() == SshFailure.Kind.HOST_KEY_CHANGED || f.kind() == SshFailure.Kind.HOST_KEY_REVOKED
                || f.kind() == SshFailure.Kind.HOST_KEY_UNKNOWN;
    }

    /** Waits out the backoff before an attempt, showing the countdown. False when the user stopped. */
    boolean awaitRetry(int attempt, SshFailure last, Countdown countdown) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Backoff.delaySeconds(attempt));
        boolean networkFailure = last == null || NETWORK_FAILURES.contains(last.kind());
        while (wanted.getAsBoolean()) {
            long leftNanos = until - System.nanoTime();
            long left = Math.max(0, (leftNanos + 999_999_999L) / 1_000_000_000L);
            countdown.show(attempt, left);
            if (left == 0 || (networkFailure && attempt > 1 && sshPortSilence.get() == null)) {
                return true;
            }
            synchronized (lock) {
                lock.wait(Math.min(1000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(leftNanos))));
            }
        }
        return false;
    }
}
