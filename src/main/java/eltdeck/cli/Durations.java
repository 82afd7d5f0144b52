package eltdeck.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as people type them: 90s, 5m, 1h, 0, or ISO-8601 (PT5M); never negative. */
final class Durations implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    @Override
    public Duration convert(String text) {
        if (text.trim().equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = SHORT.matcher(text.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        Duration parsed = Duration.parse(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (parsed.isNegative()) {
            throw new TypeConversionException("a duration cannot be negative: give e.g. 90s, 5m or 0");
        }
        return parsed;
    }
}
