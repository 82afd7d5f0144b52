package eltdeck.bench;

import atlantafx.base.theme.PrimerLight;
import eltdeck.logs.LogLine;
import eltdeck.logs.SourceLine;
import eltdeck.logs.TimestampPrefix;
import eltdeck.ui.logs.LogView;
import eltdeck.ui.logs.LogViewModel;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The log viewer under a flood: how many lines per second it takes in and shows, how much memory it holds
 * after a million lines, and how long the FX thread makes a task or a frame wait meanwhile. Prints figures,
 * asserts nothing: {@code mvn verify -Pbench -Dtest='*LogViewerBenchmark*'}.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class LogViewerBenchmark {
    private static final int MILLION = 1_000_000;
    private static final int BATCH = 1_000;
    private static final int PACED_RATE = 50_000;
    private static final int PACED_SECONDS = 5;
    private static final Instant START = Instant.parse("2024-01-15T10:00:00Z");

    private LogViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new LogViewModel();
        stage.setScene(new Scene(new LogView(model), 1200, 700));
        stage.show();
    }

    @Test
    void floodAndPacedFeed() throws Exception {
        FxResponsiveness idle = FxResponsiveness.start();
        Thread.sleep(1_000);
        FxResponsiveness.Figures idleFigures = idle.stop();
        long heapBefore = usedHeapAfterGc();

        FxResponsiveness flood = FxResponsiveness.start();
        long[] gcBefore = garbageCollection();
        long fxThread = fx(() -> Thread.currentThread().getId());
        long fxCpuBefore = ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread);
        long start = System.nanoTime();
        Thread producer = feed(0, MILLION, 0);
        producer.join();
        double takenSeconds = (System.nanoTime() - start) / 1e9;
        waitUntilShown(MILLION - 1);
        double shownSeconds = (System.nanoTime() - start) / 1e9;
        double fxBusy = (ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread) - fxCpuBefore) / 1e9 / shownSeconds;
        FxResponsiveness.Figures floodFigures = flood.stop();
        long[] gcAfter = garbageCollection();
        long heapAfter = usedHeapAfterGc();
        int shown = fx(() -> model.visibleLines().size());

        FxResponsiveness paced = FxResponsiveness.start();
        feed(MILLION, PACED_RATE * PACED_SECONDS, PACED_RATE).join();
        waitUntilShown(MILLION + PACED_RATE * PACED_SECONDS - 1);
        FxResponsiveness.Figures pacedFigures = paced.stop();

        System.out.printf("%nLog viewer benchmark (%d cores, max heap %d MiB)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("  idle, for comparison:        %s%n", idleFigures);
        System.out.printf("  flood of %,d lines:    taken in at %,.0f lines/s, all shown at %,.0f lines/s%n",
                MILLION, MILLION / takenSeconds, MILLION / shownSeconds);
        System.out.printf("                               %s%n", floodFigures);
        System.out.printf("                               FX thread busy %.0f%% of the time; garbage collection: %d collections, %,d ms in all%n",
                fxBusy * 100, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
        System.out.printf("  memory after the flood:      %,d MiB used (%,d MiB before), %,d lines held, %,d shown, %,d dropped%n",
                heapAfter >> 20, heapBefore >> 20, fx(() -> model.receivedLinesProperty().get() - model.droppedLinesProperty().get()),
                shown, fx(() -> model.droppedLinesProperty().get()));
        System.out.printf("  paced %,d lines/s for %d s: %s%n", PACED_RATE, PACED_SECONDS, pacedFigures);
    }

    /**
     * Lines {@code from}… on a thread of its own, as docker prints them with {@code --timestamps}, a quarter of
     * them coloured; as fast as possible when {@code perSecond} is 0.
     */
    private Thread feed(int from, int count, int perSecond) {
        Thread producer = new Thread(() -> {
            long begin = System.nanoTime();
            for (int sent = 0; sent < count; sent += BATCH) {
                List<SourceLine> batch = new ArrayList<>(BATCH);
                for (int i = from + sent; i < from + Math.min(sent + BATCH, count); i++) {
                    batch.add(TimestampPrefix.split(rawLine(i)));
                }
                model.sink().accept("stream-" + (sent / BATCH % 3), batch);
                if (perSecond > 0) {
                    long due = begin + (long) ((sent + BATCH) * 1e9 / perSecond);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        sleepNanos(wait);
                    }
                }
            }
        }, "bench-producer");
        producer.start();
        return producer;
    }

    private static String rawLine(int i) {
        String time = START.plusNanos(i * 1_000L).toString();
        return i % 4 == 0
                ? time + " \u001b[32mINFO\u001b[0m task \u001b[1mextract_orders\u001b[0m wrote batch " + i
                : time + " INFO - prefect.TaskRunner | Task 'load': row " + i + " of the current batch committed";
    }

    private void waitUntilShown(int lastIndex) throws Exception {
        String last = " " + lastIndex;
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(() -> {
            List<LogLine> lines = model.visibleLines();
            return !lines.isEmpty() && lines.get(lines.size() - 1).plainText().contains(last);
        }));
    }

    /** Collections so far and milliseconds spent in them, over all collectors. */
    private static long[] garbageCollection() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
