package eltdeck.prefect;

import java.util.Map;
import java.util.UUID;

/**
 * A run to start: of the flow's version group (whatever version is current then), with parameters over the flow's
 * defaults, an optional name, and an idempotency key that makes a retried request return the same run.
 */
public record RunRequest(String versionGroupId, Map<String, Object> parameters, String runName, String idempotencyKey) {
    public RunRequest {
        parameters = Json.frozen(parameters);
    }

    /** A request with a fresh random key, as the Prefect Core client sends, so retrying it is safe. */
    public static RunRequest of(Flow flow, Map<String, Object> parameters, String runName) {
        return new RunRequest(flow.versionGroupId(), parameters, runName, "eltdeck-" + UUID.randomUUID());
    }
}
