package eltdeck.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** How long a followed run log holds its lines, so that lines uploaded late are printed in their place. */
final class ReorderOption {
    /**
     * A Prefect 1 process uploads its log lines every 5 s ({@code cloud.logging_heartbeat}), so a line can reach the
     * server up to 5 s after a newer line of another process; one more second covers the upload's trip and our query.
     */
    static final String DEFAULT = "6s";

    @Option(names = "--reorder-window", paramLabel = "DURATION", converter = Durations.class, defaultValue = DEFAULT,
            description = {"With --follow: hold each line this long (default ${DEFAULT-VALUE}) so that lines a process uploads"
                    + " late are printed in time order; Prefect uploads every 5 s. 0 prints lines as they arrive.",
                    "Everything held is printed at once when the run ends."})
    Duration window;
}
