package eltdeck.prefect;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A schedule in words, one clock at a time: "At 02:00, every day (Europe/Berlin) with env=prod". */
public final class ScheduleText {
    private ScheduleText() {
    }

    public static String describe(ScheduleClock clock) {
        if (clock instanceof ScheduleClock.Cron cron) {
            return CronExpressions.describe(cron.expression());
        }
        return every(((ScheduleClock.Interval) clock).every());
    }

    /** The clock with its zone (unless UTC) and its parameter defaults. */
    public static String describe(ScheduleClock clock, Schedule schedule) {
        String zone = schedule.timezone().equals(ZoneOffset.UTC) || "UTC".equals(schedule.timezone().getId())
                ? "" : " (" + schedule.timezone().getId() + ")";
        return describe(clock) + zone + parameters(clock.parameterDefaults());
    }

    static String every(Duration interval) {
        long seconds = interval.getSeconds();
        long[] sizes = {86_400, 3_600, 60, 1};
        String[] names = {"day", "hour", "minute", "second"};
        for (int i = 0; i < sizes.length; i++) {
            if (seconds % sizes[i] == 0) {
                long n = seconds / sizes[i];
                return n == 1 ? "Every " + names[i] : "Every " + n + " " + names[i] + "s";
            }
        }
        throw new IllegalStateException("unreachable: every interval is a whole number of seconds");
    }

    private static String parameters(Map<String, Object> defaults) {
        if (defaults.isEmpty()) {
            return "";
        }
        return " with " + new TreeMap<>(defaults).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
