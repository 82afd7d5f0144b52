package eltdeck.ui.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;

/**
 * Where start-up time goes, for the cold start benchmark: with {@code ELTDECK_STARTUP_PROBE=1} in the
 * environment the app prints, once its first frame is painted, the milliseconds since the process started at
 * each step, then quits. Without the variable every call does nothing.
 */
final class StartupProbe {
    static final String ENV_VAR = "ELTDECK_STARTUP_PROBE";
    /** The line the benchmark waits for. */
    static final String FIRST_FRAME = "eltdeck-startup first-frame";

    private static final boolean ON = System.getenv(ENV_VAR) != null;
    private static final Instant PROCESS_START = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private static final List<String> MARKS = new ArrayList<>();

    private StartupProbe() {
    }

    /** Notes that {@code step} has just finished. */
    static synchronized void mark(String step) {
        if (ON) {
            MARKS.add(step + "=" + sinceStart());
        }
    }

    /** Call right after the stage is shown: reports once the first frame is painted. */
    static void reportAfterFirstFrame() {
        if (!ON) {
            return;
        }
        FirstFrame.then(() -> {
            mark("painted");
            synchronized (StartupProbe.class) {
                System.out.println(FIRST_FRAME + " " + sinceStart() + " " + String.join(" ", MARKS) + " cpu=" + cpuMillis());
            }
            System.out.flush();
            Platform.exit();
        });
    }

    /** CPU time of every thread so far: steadier than wall time on a machine that other work shares. */
    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    private static long sinceStart() {
        return Duration.between(PROCESS_START, Instant.now()).toMillis();
    }
}
