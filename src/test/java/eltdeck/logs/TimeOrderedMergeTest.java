package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeOrderedMergeTest {
    private static SourceLine at(int second, String text) {
        return new SourceLine(Instant.ofEpochSecond(second), text);
    }

    private static List<String> drain(TimeOrderedMerge merge) throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (Optional<TimeOrderedMerge.Merged> m = merge.next(); m.isPresent(); m = merge.next()) {
            out.add(m.get().stream() + " " + m.get().line().text());
        }
        return out;
    }

    @Test
    void interleavesByTimeAndWaitsForEveryOpenStream() throws Exception {
        TimeOrderedMerge merge = new TimeOrderedMerge(List.of("a", "b"), Optional.empty());
        merge.accept("a", List.of(at(1, "a1"), at(3, "a3"), SourceLine.untimed("a3-continued")));
        Thread late = new Thread(() -> {
            merge.accept("b", List.of(at(2, "b2"), at(4, "b4")));
            merge.ended("b", null);
            merge.ended("a", new java.io.IOException("gone"));
        });
        late.start();

        assertThat(drain(merge)).containsExactly("a a1", "b b2", "a a3", "a a3-continued", "b b4");
        assertThat(merge.failures()).containsExactly("a: gone");
    }

    @Test
    void whenFollowingAQuietStreamHoldsTheOthersOnlyBriefly() throws Exception {
        TimeOrderedMerge merge = new TimeOrderedMerge(List.of("busy", "quiet"), Optional.of(Duration.ofMillis(100)));
        merge.accept("busy", List.of(at(1, "x")));
        long begin = System.nanoTime();

        assertThat(merge.next()).map(TimeOrderedMerge.Merged::line).map(SourceLine::text).contains("x");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isBetween(Duration.ofMillis(90), Duration.ofSeconds(2));
    }
}
