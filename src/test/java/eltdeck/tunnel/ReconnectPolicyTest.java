package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.ssh.SshFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The wait before a reconnect attempt: backoff countdown, cut short when the SSH port answers after a network failure. */
class ReconnectPolicyTest {
    private final Object lock = new Object();
    private final AtomicBoolean wanted = new AtomicBoolean(true);
    private final List<String> shown = new ArrayList<>();

    private static SshFailure failure(SshFailure.Kind kind) {
        return new SshFailure(kind, kind.name(), "");
    }

    @Test
    void theFirstAttemptComesAtOnce() throws Exception {
        ReconnectPolicy policy = new ReconnectPolicy(lock, wanted::get, () -> failure(SshFailure.Kind.TIMEOUT));
        assertThat(policy.awaitRetry(1, failure(SshFailure.Kind.CONNECTION_LOST), this::show)).isTrue();
        assertThat(shown).containsExactly("attempt 1 in 0 s");
    }

    @Test
    void afterANetworkFailureTheWaitEndsAsSoonAsTheSshPortAnswers() throws Exception {
        ReconnectPolicy policy = new ReconnectPolicy(lock, wanted::get, () -> null);
        assertThat(policy.awaitRetry(6, failure(SshFailure.Kind.UNREACHABLE), this::show)).isTrue();
        assertThat(shown).containsExactly("attempt 6 in 16 s");
    }

    @Test
    void afterAnotherFailureTheBackoffIsWaitedOutEvenThoughThePortAnswers() throws Exception {
        ReconnectPolicy policy = new ReconnectPolicy(lock, wanted::get, () -> null);
        assertThat(policy.awaitRetry(2, failure(SshFailure.Kind.AUTH_REJECTED), this::show)).isTrue();
        assertThat(shown).first().isEqualTo("attempt 2 in 1 s");
        assertThat(shown).last().isEqualTo("attempt 2 in 0 s");
    }

    @Test
    void theUserStoppingEndsTheWaitWithoutAnAttempt() throws Exception {
        ReconnectPolicy policy = new ReconnectPolicy(lock, wanted::get, () -> failure(SshFailure.Kind.TIMEOUT));
        boolean attempt = policy.awaitRetry(7, failure(SshFailure.Kind.TIMEOUT), (n, left) -> {
            show(n, left);
            wanted.set(false);
        });
        assertThat(attempt).isFalse();
        assertThat(shown).containsExactly("attempt 7 in 30 s");
    }

    private void show(int attempt, long left) {
        shown.add("attempt " + attempt + " in " + left + " s");
    }
}
