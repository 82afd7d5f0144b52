package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.testvm.Await;
import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InputStreamLogSourceTest {
    /** Collects what a source delivers. */
    private static final class Collector implements LogSink {
        final List<SourceLine> lines = new CopyOnWriteArrayList<>();
        final List<Exception> errors = new CopyOnWriteArrayList<>();
        final CountDownLatch ended = new CountDownLatch(1);
        volatile String endedStream;

        @Override
        public void accept(String stream, List<SourceLine> batch) {
            lines.addAll(batch);
        }

        @Override
        public void ended(String stream, Exception error) {
            endedStream = stream;
            if (error != null) {
                errors.add(error);
            }
            ended.countDown();
        }

        List<String> texts() {
            return lines.stream().map(SourceLine::text).toList();
        }
    }

    @Test
    void readsEveryLineOfARealProcess() throws Exception {
        Process process = new ProcessBuilder("sh", "-c", "for i in $(seq 1 1000); do echo line $i; done").start();
        InputStreamLogSource source = new InputStreamLogSource("seq", process.getInputStream(), false);
        Collector sink = new Collector();

        source.start(sink);

        assertThat(sink.ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sink.endedStream).isEqualTo("seq");
        assertThat(sink.errors).isEmpty();
        assertThat(sink.texts()).hasSize(1000).startsWith("line 1", "line 2").endsWith("line 1000");
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void splitsDockerTimestampsWhenAskedTo() throws Exception {
        byte[] output = "2024-01-15T10:30:00.000000001Z ready\n2024-01-15T10:30:01Z partial".getBytes(StandardCharsets.UTF_8);
        InputStreamLogSource source = new InputStreamLogSource("agent", new ByteArrayInputStream(output), true);
        Collector sink = new Collector();

        source.start(sink);

        assertThat(sink.ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sink.lines).containsExactly(
                new SourceLine(Instant.parse("2024-01-15T10:30:00.000000001Z"), "ready"),
                new SourceLine(Instant.parse("2024-01-15T10:30:01Z"), "partial"));
    }

    @Test
    void stopLeavesTheProcessItDoesNotOwnRunning() throws Exception {
        Process process = new ProcessBuilder("sh", "-c", "echo started; exec sleep 30").start();
        try {
            InputStreamLogSource source = new InputStreamLogSource("sleeper", process.getInputStream(), false);
            Collector sink = new Collector();
            source.start(sink);
            waitFor(() -> sink.lines.size() == 1);

            source.stop();
            source.stop();

            assertThat(process.isAlive()).isTrue();
            assertThat(sink.texts()).containsExactly("started");
            assertThat(sink.ended.getCount()).as("a stopped source reports no end").isEqualTo(1);
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void stopEndsAReaderBlockedOnAPipe() throws Exception {
        PipedOutputStream writer = new PipedOutputStream();
        InputStreamLogSource source = new InputStreamLogSource("pipe", new PipedInputStream(writer), false);
        Collector sink = new Collector();
        source.start(sink);
        writer.write("first\n".getBytes(StandardCharsets.UTF_8));
        writer.flush();
        waitFor(() -> sink.lines.size() == 1);

        source.stop();

        waitFor(() -> !source.isReading());
        assertThat(sink.texts()).containsExactly("first");
        assertThat(sink.ended.getCount()).isEqualTo(1);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        Await.until(Duration.ofSeconds(10), "the source to get there", condition);
    }
}
