package eltdeck.prefect.emulator;

import java.time.Duration;
import java.util.Map;

/**
 * How the emulated flow runner plays a run: {@code lines} numbered log lines, one every {@code lineEvery}, uploaded
 * in batches of {@code batchSize} each {@code uploadDelay} after its lines were written (the client's timestamps
 * stay), while the flow runner's own heartbeat lines go up at once; then {@code outcome} ({@code Success},
 * {@code Failed}, or {@code Hang}: keep running until cancelled).
 */
public record RunScript(int lines, int batchSize, Duration lineEvery, Duration uploadDelay, String outcome) {
    static final RunScript QUICK_SUCCESS = new RunScript(5, 5, Duration.ofMillis(20), Duration.ZERO, "Success");

    static RunScript of(Map<String, Object> json) {
        return new RunScript(((Number) json.get("lines")).intValue(), ((Number) json.get("batch")).intValue(),
                Duration.ofMillis(((Number) json.get("line_ms")).longValue()),
                Duration.ofMillis(((Number) json.get("upload_delay_ms")).longValue()), (String) json.get("outcome"));
    }

    static String lineText(int n, int of) {
        return String.format("step line %03d of %03d", n, of);
    }
}
