package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** When forwarded traffic counts as unanswered, from the counters the supervisor reads once a second. */
class StallWatchTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long NO_OPEN = StallWatch.NO_OPEN;

    private final StallWatch watch = new StallWatch();

    @Test
    void bytesSentAndNothingBackForLongerThanTheLimitIsAStallReportedOnce() {
        assertThat(watch.observe(new StallWatch.Traffic(100, 100, 1, NO_OPEN), 0)).isNull();
        assertThat(watch.observe(new StallWatch.Traffic(100, 250, 1, NO_OPEN), SECOND)).isNull();
        assertThat(watch.observe(new StallWatch.Traffic(100, 250, 1, NO_OPEN), 3 * SECOND)).isNull();
        assertThat(watch.observe(new StallWatch.Traffic(100, 250, 1, NO_OPEN), 5 * SECOND)).contains("no answer");
        assertThat(watch.observe(new StallWatch.Traffic(100, 250, 1, NO_OPEN), 6 * SECOND)).isNull();
    }

    @Test
    void bytesSentBeforeTheFirstLookCountToo() {
        assertThat(watch.observe(new StallWatch.Traffic(0, 18, 1, NO_OPEN), SECOND)).isNull();
        assertThat(watch.observe(new StallWatch.Traffic(0, 18, 1, NO_OPEN), 5 * SECOND)).contains("no answer");
    }

    @Test
    void anAnswerOrTrafficStillMovingIsNoStall() {
        watch.observe(new StallWatch.Traffic(0, 0, 1, NO_OPEN), 0);
        watch.observe(new StallWatch.Traffic(0, 100, 1, NO_OPEN), SECOND);
        assertThat(watch.observe(new StallWatch.Traffic(500, 100, 1, NO_OPEN), 2 * SECOND)).isNull();
        assertThat(watch.observe(new StallWatch.Traffic(500, 100, 1, NO_OPEN), 9 * SECOND)).isNull();
        // An upload: bytes keep going out (the VM keeps opening its window) while the answer is still to come.
        for (int s = 10; s < 20; s++) {
            assertThat(watch.observe(new StallWatch.Traffic(500, 100L * s, 1, NO_OPEN), s * SECOND)).isNull();
        }
    }

    @Test
    void nothingSentOrNoConnectionLeftIsNoStall() {
        watch.observe(new StallWatch.Traffic(0, 0, 1, NO_OPEN), 0);
        assertThat(watch.observe(new StallWatch.Traffic(0, 0, 1, NO_OPEN), 9 * SECOND)).isNull();
        watch.observe(new StallWatch.Traffic(0, 100, 0, NO_OPEN), 10 * SECOND);
        assertThat(watch.observe(new StallWatch.Traffic(0, 100, 0, NO_OPEN), 19 * SECOND)).isNull();
    }

    @Test
    void aChannelOpenWaitingLongerThanTheLimitIsAStallReportedOnce() {
        long opened = 7 * SECOND;
        assertThat(watch.observe(new StallWatch.Traffic(0, 0, 1, opened), 8 * SECOND)).isNull();
        assertThat(watch.observe(new StallWatch.Traffic(0, 0, 1, opened), 11 * SECOND)).contains("channel open");
        assertThat(watch.observe(new StallWatch.Traffic(0, 0, 1, opened), 12 * SECOND)).isNull();
        assertThat(watch.observe(new StallWatch.Traffic(0, 0, 2, 12 * SECOND), 16 * SECOND)).contains("channel open");
    }
}
