package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Late lines back in the order they were written, on a clock the test moves. */
class ReorderWindowTest {
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final Duration WINDOW = Duration.ofSeconds(6);

    private record Line(String text, Instant written) {
    }

    /** A clock the test sets. */
    private static final class ManualClock extends Clock {
        private Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final ReorderWindow<Line> window = new ReorderWindow<>(Line::written, WINDOW, clock);

    @Test
    void aLateBatchGoesOutInItsPlace() {
        window.offer(List.of(line("1", 0), line("3", 2)));
        assertThat(window.due()).isEmpty();
        clock.now = T0.plusSeconds(2);
        window.offer(List.of(line("2", 1), line("4", 3)));
        clock.now = T0.plusSeconds(6);
        assertThat(texts(window.due())).containsExactly("1", "2", "3");
        assertThat(window.held()).isEqualTo(1);
        clock.now = T0.plusSeconds(8);
        assertThat(texts(window.due())).containsExactly("4");
    }

    @Test
    void equalTimesGoOutInArrivalOrder() {
        window.offer(List.of(line("b", 1)));
        window.offer(List.of(line("a", 1), line("c", 0)));
        assertThat(texts(window.drain())).containsExactly("c", "b", "a");
    }

    @Test
    void aZeroWindowHandsLinesOutAsTheyCome() {
        ReorderWindow<Line> none = new ReorderWindow<>(Line::written, Duration.ZERO, clock);
        none.offer(List.of(line("3", 3)));
        assertThat(texts(none.due())).containsExactly("3");
        none.offer(List.of(line("1", 1), line("2", 2)));
        assertThat(texts(none.due())).containsExactly("1", "2");
    }

    @Test
    void aLineLaterThanTheWindowStillGoesOutOnce() {
        window.offer(List.of(line("2", 2)));
        clock.now = T0.plus(WINDOW);
        assertThat(texts(window.due())).containsExactly("2");
        window.offer(List.of(line("1", 1)));
        assertThat(texts(window.due())).containsExactly("1");
        assertThat(window.drain()).isEmpty();
    }

    @Test
    void drainingHandsOutEverythingHeldInTimeOrder() {
        window.offer(List.of(line("5", 5), line("4", 4)));
        window.offer(List.of(line("1", 1)));
        assertThat(texts(window.drain())).containsExactly("1", "4", "5");
        assertThat(window.held()).isZero();
    }

    @Test
    void aNegativeWindowIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReorderWindow<>(Line::written, Duration.ofSeconds(-1), clock))
                .hasMessageContaining("cannot be negative");
    }

    /**
     * Three processes write numbered lines every 50 ms and upload them in batches every second, each batch late by a
     * random time up to the whole window; the reader polls every 2 s, and the writers' clock is 3 s behind ours.
     */
    @Test
    void severalUploadersWithRandomLatenessUpToTheWindowComeOutOnceInOrder() {
        for (long seed = 1; seed <= 50; seed++) {
            List<Line> out = play(new Random(seed), WINDOW, 3, 400);
            assertThat(out).hasSize(400).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.comparing(Line::written));
        }
        // Without the window the same uploads come out of order: the test above has something to put right.
        assertThat(play(new Random(1), Duration.ZERO, 3, 400)).hasSize(400).doesNotHaveDuplicates()
                .isNotEqualTo(play(new Random(1), WINDOW, 3, 400));
    }

    private List<Line> play(Random random, Duration reorderWindow, int processes, int lines) {
        Duration skew = Duration.ofSeconds(-3);
        record Upload(Instant arrives, List<Line> lines) {
        }
        List<Upload> uploads = new ArrayList<>();
        List<List<Line>> pending = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            pending.add(new ArrayList<>());
        }
        for (int n = 1; n <= lines; n++) {
            Instant written = T0.plusMillis(50L * n);
            pending.get(n % processes).add(new Line(String.valueOf(n), written.plus(skew)));
            if (n % 20 == 0 || n == lines) {
                for (List<Line> batch : pending) {
                    if (batch.isEmpty()) {
                        continue;
                    }
                    // The batch's oldest line is late by up to the whole window, the others by less; none goes up unwritten.
                    Instant late = batch.get(0).written().minus(skew).plusMillis((long) (random.nextDouble() * WINDOW.toMillis()));
                    uploads.add(new Upload(late.isAfter(written) ? late : written, List.copyOf(batch)));
                    batch.clear();
                }
            }
        }
        uploads.sort(Comparator.comparing(Upload::arrives));
        ReorderWindow<Line> reorder = new ReorderWindow<>(Line::written, reorderWindow, clock);
        List<Line> out = new ArrayList<>();
        int next = 0;
        for (clock.now = T0; next < uploads.size(); clock.now = clock.now.plusSeconds(2)) {
            while (next < uploads.size() && !uploads.get(next).arrives().isAfter(clock.now)) {
                reorder.offer(uploads.get(next++).lines());
            }
            out.addAll(reorder.due());
        }
        out.addAll(reorder.drain());
        return out;
    }

    private static Line line(String text, int second) {
        return new Line(text, T0.minusSeconds(100).plusSeconds(second));
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }
}
