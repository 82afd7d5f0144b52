package eltdeck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Watches how responsive the FX thread stays while something runs: the gaps between frames (pulses), and how
 * long a task handed to {@link Platform#runLater} waits before it runs, sampled every 10 ms.
 */
final class FxResponsiveness {
    private static final long PROBE_INTERVAL_MS = 10;

    private final List<Double> frameGapsMs = new ArrayList<>();
    private final List<Double> runLaterMs = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AnimationTimer frames = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0) {
                frameGapsMs.add((now - last) / 1e6);
            }
            last = now;
        }
    };
    private final Thread prober = new Thread(this::probe, "bench-fx-probe");

    /** The figures of one watch, in milliseconds. */
    record Figures(double runLaterP50, double runLaterP99, double runLaterMax, double frameGapP99, double frameGapMax) {
        @Override
        public String toString() {
            return String.format("runLater wait p50 %.1f ms, p99 %.1f ms, max %.1f ms; frame gap p99 %.1f ms, max %.1f ms",
                    runLaterP50, runLaterP99, runLaterMax, frameGapP99, frameGapMax);
        }
    }

    static FxResponsiveness start() {
        FxResponsiveness watch = new FxResponsiveness();
        Platform.runLater(watch.frames::start);
        watch.prober.setDaemon(true);
        watch.prober.start();
        return watch;
    }

    Figures stop() throws Exception {
        running.set(false);
        prober.join();
        // Also waits for the probes already queued, so every sample is in.
        WaitForAsyncUtils.asyncFx(frames::stop).get(10, TimeUnit.SECONDS);
        double[] waits;
        synchronized (runLaterMs) {
            waits = runLaterMs.stream().mapToDouble(Double::doubleValue).toArray();
        }
        double[] gaps = frameGapsMs.stream().mapToDouble(Double::doubleValue).toArray();
        return new Figures(Measure.percentile(waits, 50), Measure.percentile(waits, 99), max(waits),
                Measure.percentile(gaps, 99), max(gaps));
    }

    private void probe() {
        while (running.get()) {
            long sent = System.nanoTime();
            Platform.runLater(() -> {
                synchronized (runLaterMs) {
                    runLaterMs.add((System.nanoTime() - sent) / 1e6);
                }
            });
            try {
                Thread.sleep(PROBE_INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
