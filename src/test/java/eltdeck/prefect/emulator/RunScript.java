package eltdeck.prefect.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the emulated flow runner plays a run: {@code lines} numbered log lines, one every {@code lineEvery}, written in
 * turn by the {@code uploaders} (line n by uploader (n-1) mod their number, as a flow runner and its task runners
 * each log on their own), each uploading its lines in batches of {@code batchSize}, each batch late as that uploader
 * says (the client's timestamps stay); the flow runner's own heartbeat lines go up at once. Then {@code outcome}
 * ({@code Success}, {@code Failed}, or {@code Hang}: keep running until cancelled). {@code seed} makes the random
 * lateness repeatable.
 */
public record RunScript(int lines, int batchSize, Duration lineEvery, List<Uploader> uploaders, String outcome, long seed) {
    static final RunScript QUICK_SUCCESS = new RunScript(5, 5, Duration.ofMillis(20), Duration.ZERO, "Success");

    /** One uploading process: each of its batches reaches the server {@code delay} plus a random part of {@code jitter} after its last line. */
    public record Uploader(Duration delay, Duration jitter) {
        public static Uploader late(Duration delay) {
            return new Uploader(delay, Duration.ZERO);
        }
    }

    public RunScript {
        if (uploaders.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one uploader");
        }
        uploaders = List.copyOf(uploaders);
    }

    /** One uploader whose batches are all {@code uploadDelay} late. */
    public RunScript(int lines, int batchSize, Duration lineEvery, Duration uploadDelay, String outcome) {
        this(lines, batchSize, lineEvery, List.of(Uploader.late(uploadDelay)), outcome, 0);
    }

    @SuppressWarnings("unchecked")
    static RunScript of(Map<String, Object> json) {
        List<Uploader> uploaders = json.containsKey("uploaders")
                ? ((List<Map<String, Object>>) json.get("uploaders")).stream()
                        .map(u -> new Uploader(millis(u, "delay_ms"), millis(u, "jitter_ms"))).toList()
                : List.of(Uploader.late(millis(json, "upload_delay_ms")));
        return new RunScript(((Number) json.get("lines")).intValue(), ((Number) json.get("batch")).intValue(),
                millis(json, "line_ms"), uploaders, (String) json.get("outcome"),
                ((Number) json.getOrDefault("seed", 0)).longValue());
    }

    private static Duration millis(Map<String, Object> json, String key) {
        return Duration.ofMillis(((Number) json.getOrDefault(key, 0)).longValue());
    }

    static String lineText(int n, int of) {
        return String.format("step line %03d of %03d", n, of);
    }
}
