package eltdeck.airbyte;

/** The job a sync request led to: a new one, or the one already running (the server answered 409). */
public record SyncStart(SyncJob job, boolean alreadyRunning) {
}
