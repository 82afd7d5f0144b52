package eltdeck.airbyte;

import java.time.Instant;

/**
 * A connection as the console lists it: names of its source and destination, schedule, status (active, inactive,
 * deprecated) and its latest sync job's status and creation time (null when it never synced).
 */
public record AirbyteConnection(String id, String name, String workspaceId, String sourceName, String destinationName,
                                SyncSchedule schedule, String status, String lastSyncStatus, Instant lastSyncAt) {

    /** "Postgres → Snowflake". */
    public String route() {
        return sourceName + " → " + destinationName;
    }
}
