package eltdeck.prefect.emulator;

import java.time.Duration;

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
}
