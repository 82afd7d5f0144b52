package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void firstRetryAtOnceThenOneSecondDoublingToThirty() {
        assertThat(IntStream.rangeClosed(1, 9).mapToLong(Backoff::delaySeconds).toArray())
                .containsExactly(0, 1, 2, 4, 8, 16, 30, 30, 30);
    }
}
