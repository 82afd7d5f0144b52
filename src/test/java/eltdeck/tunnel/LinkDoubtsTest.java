package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** When a connected link comes into doubt: the machine slept, or forwarded traffic stalled. */
class LinkDoubtsTest {
    private static final long SECOND_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final StallWatch.Traffic IDLE = new StallWatch.Traffic(0, 0, 0, StallWatch.NO_OPEN);

    @Test
    void theWallClockRunningAheadOfTheMonotonicOneMeansTheMachineSlept() {
        LinkDoubts doubts = new LinkDoubts(1_000_000, 0);
        assertThat(doubts.observe(1_001_000, SECOND_NANOS, () -> IDLE)).isNull();
        // Suspended for a minute: the wall clock moved 61 s, the monotonic one 1 s.
        assertThat(doubts.observe(1_062_000, 2 * SECOND_NANOS, () -> IDLE)).contains("woke up");
        assertThat(doubts.observe(1_063_000, 3 * SECOND_NANOS, () -> IDLE)).isNull();
    }

    @Test
    void aLeadOfUpToFiveSecondsIsNoSleep() {
        LinkDoubts doubts = new LinkDoubts(0, 0);
        assertThat(doubts.observe(6_000, SECOND_NANOS, () -> IDLE)).isNull();
    }

    @Test
    void withoutSleepTheForwardsTrafficDecides() {
        LinkDoubts doubts = new LinkDoubts(0, 0);
        StallWatch.Traffic sentNoAnswer = new StallWatch.Traffic(0, 100, 1, StallWatch.NO_OPEN);
        assertThat(doubts.observe(1_000, SECOND_NANOS, () -> sentNoAnswer)).isNull();
        assertThat(doubts.observe(5_000, 5 * SECOND_NANOS, () -> sentNoAnswer)).contains("no answer");
    }

    @Test
    void afterASleepTheTrafficIsNotRead() {
        LinkDoubts doubts = new LinkDoubts(0, 0);
        assertThat(doubts.observe(60_000, SECOND_NANOS, () -> {
            throw new AssertionError("traffic read although the machine slept");
        })).contains("woke up");
    }
}
