package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogBufferTest {
    private static final Instant T0 = Instant.parse("2024-01-15T10:00:00Z");
    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);

    @Test
    void keepsTheNewestLinesOfEachStreamAndCountsTheDropped() {
        LogBuffer buffer = new LogBuffer(3, clock);

        buffer.append("agent", untimed("a1", "a2", "a3", "a4", "a5"));
        buffer.append("server", untimed("s1"));

        assertThat(texts(buffer.linesAfter(0).lines())).containsExactly("a3", "a4", "a5", "s1");
        assertThat(buffer.dropped()).isEqualTo(2);
        assertThat(buffer.appended()).isEqualTo(6);
    }

    @Test
    void growsBeyondItsFirstSlotsUpToTheCapacity() {
        LogBuffer buffer = new LogBuffer(5000, clock);
        List<String> many = IntStream.range(0, 6000).mapToObj(i -> "line " + i).toList();

        buffer.append("agent", many.stream().map(SourceLine::untimed).toList());

        List<LogLine> lines = buffer.linesAfter(0).lines();
        assertThat(lines).hasSize(5000);
        assertThat(lines.get(0).plainText()).isEqualTo("line 1000");
        assertThat(lines.get(4999).plainText()).isEqualTo("line 5999");
        assertThat(buffer.dropped()).isEqualTo(1000);
    }

    @Test
    void mergesStreamsByTheirTimestamps() {
        LogBuffer buffer = new LogBuffer(100, clock);

        buffer.append("agent", List.of(at(1, "agent 1"), at(5, "agent 5")));
        buffer.append("server", List.of(at(2, "server 2"), at(5, "server 5"), at(7, "server 7")));

        assertThat(texts(buffer.linesAfter(0).lines()))
                .containsExactly("agent 1", "server 2", "agent 5", "server 5", "server 7");
    }

    @Test
    void linesWithoutTimestampsKeepArrivalOrder() {
        LogBuffer buffer = new LogBuffer(100, clock);

        buffer.append("b", untimed("first"));
        buffer.append("a", untimed("second"));
        buffer.append("b", untimed("third"));

        assertThat(texts(buffer.linesAfter(0).lines())).containsExactly("first", "second", "third");
    }

    @Test
    void linesAfterASequenceAreOnlyTheNewerOnes() {
        LogBuffer buffer = new LogBuffer(100, clock);
        buffer.append("agent", untimed("old"));
        long seen = buffer.linesAfter(0).lastSequence();

        buffer.append("server", untimed("new 1"));
        buffer.append("agent", untimed("new 2"));

        LogBuffer.Slice slice = buffer.linesAfter(seen);
        assertThat(texts(slice.lines())).containsExactly("new 1", "new 2");
        assertThat(slice.lastSequence()).isEqualTo(3);
    }

    @Test
    void parsesEscapesAndLevelsAndKeepsTimes() {
        LogBuffer buffer = new LogBuffer(100, clock);

        buffer.append("agent", List.of(at(1, "\u001b[31mERROR\u001b[0m failed")));

        LogLine line = buffer.linesAfter(0).lines().get(0);
        assertThat(line.plainText()).isEqualTo("ERROR failed");
        assertThat(line.level()).isEqualTo(LogLevel.ERROR);
        assertThat(line.timestamp()).isEqualTo(T0.plusSeconds(1));
        assertThat(line.received()).isEqualTo(clock.instant());
        assertThat(line.stream()).isEqualTo("agent");
    }

    @Test
    void clearEmptiesButSequencesGoOn() {
        LogBuffer buffer = new LogBuffer(2, clock);
        buffer.append("agent", untimed("a", "b", "c"));

        buffer.clear();
        buffer.append("agent", untimed("d"));

        assertThat(buffer.dropped()).isZero();
        LogBuffer.Slice slice = buffer.linesAfter(0);
        assertThat(texts(slice.lines())).containsExactly("d");
        assertThat(slice.lines().get(0).sequence()).isEqualTo(4);
    }

    @Test
    void concurrentWritersLoseNothingAReaderHasNotSeen() throws InterruptedException {
        LogBuffer buffer = new LogBuffer(1_000_000, clock);
        int writers = 4;
        int perWriter = 20_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String stream = "s" + w;
            Thread t = new Thread(() -> {
                await(go);
                for (int i = 0; i < perWriter; i += 100) {
                    int from = i;
                    buffer.append(stream, IntStream.range(from, from + 100).mapToObj(n -> SourceLine.untimed(stream + " " + n)).toList());
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        long seen = 0;
        int read = 0;
        boolean writing = true;
        while (writing) {
            // Read once more after the writers are done, to take what they added since the last read.
            writing = threads.stream().anyMatch(Thread::isAlive);
            LogBuffer.Slice slice = buffer.linesAfter(seen);
            read += slice.lines().size();
            seen = slice.lastSequence();
        }

        assertThat(read).isEqualTo(writers * perWriter);
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new LogBuffer(0, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SourceLine at(int second, String text) {
        return new SourceLine(T0.plusSeconds(second), text);
    }

    private static List<SourceLine> untimed(String... texts) {
        return List.of(texts).stream().map(SourceLine::untimed).toList();
    }

    private static List<String> texts(List<LogLine> lines) {
        return lines.stream().map(LogLine::plainText).toList();
    }
}
