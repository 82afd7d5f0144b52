package eltdeck.stack;

import java.time.Duration;
import java.time.Instant;

/** One deploy as history keeps it. {@code commit} is empty when the deploy failed before the repository step. */
public record DeployRecord(String profile, String commit, String who, Instant startedAt, Duration duration, String result,
                           boolean redeploy, String message) {
    public boolean succeeded() {
        return "SUCCEEDED".equals(result);
    }
}
