package eltdeck.stack;

import java.time.Duration;
import java.util.Optional;

/** How a deploy ended: the failed step with its message and hint, and the repository's state when it got that far. */
public record DeployResult(DeployListener.Outcome outcome, RepositorySync.SyncResult sync, Optional<DeployStep> failedStep,
                           String message, String hint, Duration duration) {
    public boolean succeeded() {
        return outcome == DeployListener.Outcome.SUCCEEDED;
    }
}
