package eltdeck.airbyte;

/** What asking to cancel did: the job as the server answered, or, when it had already ended, as it ended. */
public record CancelOutcome(SyncJob job, boolean alreadyEnded) {
}
