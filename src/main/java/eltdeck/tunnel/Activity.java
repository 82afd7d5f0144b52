package eltdeck.tunnel;

import java.time.Instant;

/** One thing that happened to a connection (connect, drop, reconnect, error), for the activity pane and the log. */
public record Activity(Instant at, Level level, String message, String detail) {
    public enum Level { INFO, WARN, ERROR }
}
