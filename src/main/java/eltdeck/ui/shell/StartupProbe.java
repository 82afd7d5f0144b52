package eltdeck.ui.shell;

import eltdeck.ui.common.Once;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Where start-up time goes, for the cold start benchmark: with {@code ELTDECK_STARTUP_PROBE=1} in the
 * environment the app prints, once its first frame and then its profiles are painted, the milliseconds since the
 * process started at each step, then quits. Without the variable every call does nothing.
 */
final class StartupProbe {
    static final String ENV_VAR = "ELTDECK_STARTUP_PROBE";
    /** The line the benchmark waits for. */
    static final String REPORT = "eltdeck-startup";

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

    /**
     * Call right after the stage is shown: marks the first frame painted, then, once {@code profilesRead} holds, the
     * frame that shows what was read (the profile list or the first-run screen), and reports.
     */
    static void reportWhenPainted(ObservableBooleanValue profilesRead) {
        if (!ON) {
            return;
        }
        FirstFrame.then(() -> {
            mark("painted");
            Once.whenTrue(profilesRead, () -> FirstFrame.then(() -> {
                mark("profiles");
                report();
            }));
        });
    }

    private static void report() {
        synchronized (StartupProbe.class) {
            System.out.println(REPORT + " " + sinceStart() + " " + String.join(" ", MARKS) + " cpu=" + cpuMillis());
        }
        System.out.flush();
        Platform.exit();
    }

    /** CPU time of every thread so far: steadier than wall time on a machine that other work shares. */
    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    private static long sinceStart() {
        return Duration.between(PROCESS_START, Instant.now()).toMillis();
    }
}
