package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The one answer to "is this failure worth another try, and when", as the connection supervisor uses it. */
class RetryAnswerTest {
    @Test
    void networkFailuresAreRetriedAsSoonAsTheSshPortAnswersAgain() {
        assertThat(kindsAnswering(SshFailure.Retry.WHEN_REACHABLE)).containsExactlyInAnyOrder(SshFailure.Kind.HOST_NOT_FOUND,
                SshFailure.Kind.CONNECTION_REFUSED, SshFailure.Kind.TIMEOUT, SshFailure.Kind.UNREACHABLE,
                SshFailure.Kind.CLOSED_BEFORE_LOGIN, SshFailure.Kind.CONNECTION_LOST);
    }

    @Test
    void aRefusedOrUnexpectedAnswerIsRetriedOnlyAfterTheBackoff() {
        assertThat(kindsAnswering(SshFailure.Retry.AFTER_BACKOFF)).containsExactlyInAnyOrder(SshFailure.Kind.NOT_SSH,
                SshFailure.Kind.AUTH_REJECTED, SshFailure.Kind.KEY_UNREADABLE, SshFailure.Kind.KEY_PASSPHRASE,
                SshFailure.Kind.AGENT_UNAVAILABLE, SshFailure.Kind.OTHER);
    }

    @Test
    void aHostKeyThatIsNotTheTrustedOneIsNeverRetried() {
        assertThat(kindsAnswering(SshFailure.Retry.NEVER)).containsExactlyInAnyOrder(SshFailure.Kind.HOST_KEY_UNKNOWN,
                SshFailure.Kind.HOST_KEY_CHANGED, SshFailure.Kind.HOST_KEY_REVOKED);
    }

    private static EnumSet<SshFailure.Kind> kindsAnswering(SshFailure.Retry retry) {
        EnumSet<SshFailure.Kind> kinds = EnumSet.noneOf(SshFailure.Kind.class);
        Arrays.stream(SshFailure.Kind.values()).filter(k -> k.retry() == retry).forEach(kinds::add);
        return kinds;
    }
}
