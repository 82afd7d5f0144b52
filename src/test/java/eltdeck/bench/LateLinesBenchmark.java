package eltdeck.bench;

import eltdeck.logs.LogBuffer;
import eltdeck.logs.LogLine;
import eltdeck.logs.SourceLine;
import eltdeck.ui.logs.LogViewModel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a late upload costs the log view when 100,000 lines are shown: the time of a pulse that takes in a batch of
 * lines 2.5 s older than the newest shown, against one whose lines are all newer, and how many rows the list
 * reports as changed. Prints figures, asserts nothing: {@code mvn verify -Pbench -Dtest='*LateLinesBenchmark*'}.
 */
@Tag("bench")
class LateLinesBenchmark {
    private static final Instant START = Instant.parse("2024-01-15T10:00:00Z");
    private static final int SHOWN = 100_000;
    private static final int BATCH = 50;
    private static final int ROUNDS = 400;
    /** Lines written every 10 ms: a batch 2.5 s late lands 250 lines before the end. */
    private static final int LATE_BY_LINES = 250;

    @Test
    void lateBatchesAgainstInOrderOnes() {
        LogViewModel model = new LogViewModel(new LogBuffer(), SHOWN, Runnable::run, Runnable::run, ZoneOffset.UTC);
        int[] reported = new int[2];
        model.visibleLines().addListener((ListChangeListener<LogLine>) change -> {
            while (change.next()) {
                reported[0] += change.getAddedSize();
                reported[1] += change.getRemovedSize();
            }
        });
        int next = 0;
        while (next < SHOWN) {
            model.sink().accept("flow", lines(next, BATCH));
            model.pulse();
            next += BATCH;
        }
        long[] inOrder = new long[ROUNDS];
        long[] late = new long[ROUNDS];
        int[] lateReported = new int[2];
        for (int round = 0; round < ROUNDS; round++) {
            model.sink().accept("flow", lines(next, BATCH));
            inOrder[round] = timedPulse(model);
            next += BATCH;
            Arrays.fill(reported, 0);
            model.sink().accept("task", lines(next - LATE_BY_LINES, BATCH).stream()
                    .map(l -> new SourceLine(l.timestamp().minusNanos(1), "late " + l.text())).toList());
            late[round] = timedPulse(model);
            lateReported[0] += reported[0];
            lateReported[1] += reported[1];
        }
        System.out.printf("%nLate lines in a log view of %,d lines (batches of %d, %d rounds)%n", SHOWN, BATCH, ROUNDS);
        System.out.printf("  in-order batch: median %.3f ms, 99th percentile %.3f ms per pulse%n", median(inOrder), p99(inOrder));
        System.out.printf("  late batch (%d lines before the end): median %.3f ms, 99th percentile %.3f ms per pulse%n",
                LATE_BY_LINES, median(late), p99(late));
        System.out.printf("  rows reported per late batch: %.1f added, %.1f removed (the oldest leaving, the view being full)%n",
                lateReported[0] / (double) ROUNDS, lateReported[1] / (double) ROUNDS);
    }

    private static long timedPulse(LogViewModel model) {
        long start = System.nanoTime();
        model.pulse();
        return System.nanoTime() - start;
    }

    private static List<SourceLine> lines(int from, int count) {
        List<SourceLine> lines = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            lines.add(new SourceLine(START.plusMillis(10L * i), "INFO - prefect.TaskRunner | line " + i));
        }
        return lines;
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 0.5);
    }

    private static double p99(long[] nanos) {
        return percentile(nanos, 0.99);
    }

    private static double percentile(long[] nanos, double at) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(at * (sorted.length - 1)))] / 1e6;
    }
}
