package eltdeck.logs;

import java.time.Duration;
import java.util.Optional;

/** How far back a followed stream starts ({@code docker logs --since}). */
public enum SincePreset {
    MINUTES_5(Duration.ofMinutes(5), "5 minutes"),
    HOUR_1(Duration.ofHours(1), "1 hour"),
    HOURS_24(Duration.ofHours(24), "24 hours"),
    ALL(null, "any time");

    private final Duration age;
    private final String label;

    SincePreset(Duration age, String label) {
        this.age = age;
        this.label = label;
    }

    /** How old the oldest line may be, or empty for no limit. */
    public Optional<Duration> age() {
        return Optional.ofNullable(age);
    }

    public String label() {
        return label;
    }
}
