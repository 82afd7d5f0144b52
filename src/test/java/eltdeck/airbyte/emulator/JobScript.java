package eltdeck.airbyte.emulator;

import java.util.Map;

/**
 * How an emulated sync job plays out: pending for {@code pendingMs}, then running for {@code runningMs} (negative:
 * until cancelled) while its attempt's log grows to {@code lines} lines, then {@code outcome} (succeeded or failed)
 * with {@code records} records and {@code bytes} bytes.
 */
public record JobScript(long pendingMs, long runningMs, int lines, String outcome, long records, long bytes) {
    public static final JobScript QUICK_SUCCESS = new JobScript(300, 1500, 20, "succeeded", 1200, 48_000);

    public JobScript {
        if (!"succeeded".equals(outcome) && !"failed".equals(outcome)) {
            throw new IllegalArgumentException("outcome is succeeded or failed, not " + outcome);
        }
    }

    public static JobScript hanging() {
        return new JobScript(200, -1, 10, "succeeded", 0, 0);
    }

    /** From the control endpoint's JSON: the fields above in snake case, each with the quick success's default. */
    static JobScript of(Map<String, Object> body) {
        JobScript d = QUICK_SUCCESS;
        return new JobScript(number(body, "pending_ms", d.pendingMs), number(body, "running_ms", d.runningMs),
                (int) number(body, "lines", d.lines), (String) body.getOrDefault("outcome", d.outcome),
                number(body, "records", d.records), number(body, "bytes", d.bytes));
    }

    private static long number(Map<String, Object> body, String key, long fallback) {
        Object value = body.get(key);
        return value instanceof Number n ? n.longValue() : fallback;
    }

    boolean hangs() {
        return runningMs < 0;
    }

    /** How long one log line takes while running. */
    long lineMs() {
        return hangs() ? 150 : Math.max(1, runningMs / Math.max(1, lines));
    }
}
