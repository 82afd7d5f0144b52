package eltdeck.stack;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a running container has been up, read from docker's status line ("Up 5 minutes (healthy)",
 * "Up About an hour (Paused)"), which docker words with its own coarse units; exited containers have none.
 *
 * @param text     docker's own words, e.g. "5 minutes", "About an hour", "Less than a second"
 * @param duration the same as a duration, rounded down to docker's unit (for sorting and comparing)
 */
public record Uptime(String text, Duration duration) implements Comparable<Uptime> {
    private static final Pattern UP = Pattern.compile("^Up (.+?)(?: \\((?:health: )?\\w+\\))?$");
    private static final Pattern COUNT = Pattern.compile("(\\d+) (second|minute|hour|day|week|month|year)s?");

    /** The uptime in a status line, or empty when the container is not up or docker's words are not known. */
    public static Optional<Uptime> of(String status) {
        Matcher up = UP.matcher(status == null ? "" : status.strip());
        if (!up.matches()) {
            return Optional.empty();
        }
        String text = up.group(1);
        return duration(text).map(d -> new Uptime(text, d));
    }

    private static Optional<Duration> duration(String text) {
        switch (text) {
            case "Less than a second":
                return Optional.of(Duration.ZERO);
            case "About a minute":
                return Optional.of(Duration.ofMinutes(1));
            case "About an hour":
                return Optional.of(Duration.ofHours(1));
            default:
                Matcher m = COUNT.matcher(text);
                if (!m.matches()) {
                    return Optional.empty();
                }
                long n = Long.parseLong(m.group(1));
                return Optional.of(switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "second" -> Duration.ofSeconds(n);
                    case "minute" -> Duration.ofMinutes(n);
                    case "hour" -> Duration.ofHours(n);
                    case "day" -> Duration.ofDays(n);
                    case "week" -> Duration.ofDays(7 * n);
                    case "month" -> Duration.ofDays(30 * n);
                    default -> Duration.ofDays(365 * n);
                });
        }
    }

    @Override
    public int compareTo(Uptime other) {
        return duration.compareTo(other.duration);
    }
}
