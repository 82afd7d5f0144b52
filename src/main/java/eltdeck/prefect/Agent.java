package eltdeck.prefect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An agent the server knows, with when it last asked for work: an agent polls every few seconds, so one that has
 * not queried for a minute is gone or stuck.
 */
public record Agent(String id, String name, String type, List<String> labels, Instant lastQueried) {
    public static final Duration RECENT = Duration.ofMinutes(1);

    public Agent {
        labels = List.copyOf(labels);
    }

    /** Whether it queried within {@link #RECENT} of {@code now}. */
    public boolean isRecent(Instant now) {
        return lastQueried != null && !lastQueried.isBefore(now.minus(RECENT));
    }

    /** Whether it picks up a run with these labels: Prefect 1 agents take runs whose labels they all have. */
    public boolean serves(List<String> runLabels) {
        return labels.containsAll(runLabels);
    }
}
