package eltdeck.dbt;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One node's result in run_results.json: status as dbt wrote it ({@code success}, {@code error}, {@code fail},
 * {@code warn}, {@code pass}, {@code skipped}, {@code runtime error}, …), seconds, failing rows (tests), message and
 * the compile/execute timings.
 */
public record NodeResult(String uniqueId, String status, double executionTime, Integer failures, String message,
                         List<Timing> timing, String threadId) {

    public record Timing(String name, Instant startedAt, Instant completedAt) {
    }

    public NodeResult {
        timing = List.copyOf(timing);
        status = status == null ? "" : status.toLowerCase(Locale.ROOT);
    }

    public String name() {
        return DbtIds.shortName(uniqueId);
    }

    public Outcome outcome() {
        return Outcome.of(status);
    }

    /** Status folded into what the console colours by. */
    public enum Outcome {
        PASSED, WARNED, FAILED, SKIPPED, OTHER;

        static Outcome of(String status) {
            return switch (status) {
                case "success", "pass", "no-op" -> PASSED;
                case "warn", "partial success" -> WARNED;
                case "error", "fail", "runtime error" -> FAILED;
                case "skipped" -> SKIPPED;
                default -> OTHER;
            };
        }
    }
}
