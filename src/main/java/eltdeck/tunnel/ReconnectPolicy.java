package eltdeck.tunnel;

import eltdeck.ssh.SshFailure;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * When to try a lost connection again: the {@link Backoff} countdown before each attempt, cut short after a network
 * failure as soon as the VM's SSH port answers again (so tunnels return within seconds of the link). Which failures
 * are worth retrying at all is {@link SshFailure.Kind#retry()}'s answer.
 */
final class ReconnectPolicy {
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

    /** Waits out the backoff before an attempt, showing the countdown. False when the user stopped. */
    boolean awaitRetry(int attempt, SshFailure last, Countdown countdown) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Backoff.delaySeconds(attempt));
        boolean networkFailure = last == null || last.kind().retry() == SshFailure.Retry.WHEN_REACHABLE;
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
