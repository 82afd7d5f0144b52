package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The check of a link: an answer gives its round-trip time; silence past the deadline or an error means dead. */
class LinkCheckTest {
    private final CallDeadline deadline = new CallDeadline();
    private final LinkCheck check = new LinkCheck(deadline, 50);

    @AfterEach
    void stopThreads() {
        deadline.close();
    }

    @Test
    void anAnswerGivesTheRoundTripTimeAndTheTimeoutTheLinkWasGiven() throws Exception {
        int[] given = new int[1];
        LinkCheck.Answer answer = check.check(timeoutMs -> {
            given[0] = timeoutMs;
            return 1_500_000L;
        });
        assertThat(answer.answered()).isTrue();
        assertThat(answer.rttNanos()).isEqualTo(1_500_000L);
        assertThat(given[0]).isEqualTo(50);
    }

    @Test
    void aRoundTripStuckPastTheDeadlineIsGivenUpOnAndInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        LinkCheck.Answer answer = check.check(timeoutMs -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return 0L;
        });
        assertThat(answer.answered()).isFalse();
        assertThat(answer.silence()).isEqualTo("no answer before the deadline");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the stuck call was interrupted").isTrue();
    }

    @Test
    void aFailedRoundTripSaysWhy() throws Exception {
        LinkCheck.Answer answer = check.check(timeoutMs -> {
            throw new IOException("channel is not opened");
        });
        assertThat(answer.answered()).isFalse();
        assertThat(answer.silence()).isEqualTo("channel is not opened");
    }
}
