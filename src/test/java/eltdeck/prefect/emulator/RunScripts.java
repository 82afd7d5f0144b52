package eltdeck.prefect.emulator;

import eltdeck.prefect.emulator.RunScript.Uploader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The run scripts the tests play. */
public final class RunScripts {
    private RunScripts() {
    }

    /**
     * {@code lines} numbered lines, one every 40 ms, uploaded in batches of 7 that arrive 1.2 s after they were
     * written, behind the flow runner's heartbeat lines; {@code Hang} keeps running until cancelled.
     */
    public static RunScript lateBatches(int lines, String outcome) {
        return new RunScript("Hang".equals(outcome) ? 1 : lines, 7, Duration.ofMillis(40), Duration.ofMillis(1200), outcome);
    }

    /**
     * The flow runner writes the odd lines and uploads each batch of 5 at once, a task runner writes the even ones and
     * uploads each of its batches {@code late}: read as they arrive, the lines come out 1, 3, 5 … 2, 4 ….
     */
    public static RunScript taskRunnerLate(int lines, Duration late) {
        return new RunScript(lines, 5, Duration.ofMillis(50), List.of(Uploader.late(Duration.ZERO), Uploader.late(late)), "Success", 0);
    }

    /**
     * {@code processes} processes write the lines in turn, one every 20 ms, and upload them one by one, each late by a
     * random time up to {@code maxLate} (repeatable by {@code seed}).
     */
    public static RunScript randomlyLate(int lines, int processes, Duration maxLate, long seed) {
        List<Uploader> uploaders = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            uploaders.add(new Uploader(Duration.ZERO, maxLate));
        }
        return new RunScript(lines, 1, Duration.ofMillis(20), uploaders, "Success", seed);
    }
}
