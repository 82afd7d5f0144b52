package eltdeck.prefect;

import com.cronutils.model.time.ExecutionTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** When a schedule fires next, as Prefect 1's scheduler computes it, shown in the schedule's zone and locally. */
public final class ScheduleTimes {
    /** IntervalClock counts from here when it has no start date. */
    static final Instant INTERVAL_ORIGIN = Instant.parse("2019-01-01T00:00:00Z");

    /** One coming run: the same instant in the schedule's zone and in the viewer's. */
    public record RunTime(ZonedDateTime inSchedule, ZonedDateTime local) {
    }

    private ScheduleTimes() {
    }

    /** The next {@code count} distinct fire times of all clocks strictly after {@code after}, earliest first. */
    public static List<Instant> next(Schedule schedule, Instant after, int count) {
        TreeSet<Instant> times = new TreeSet<>();
        for (ScheduleClock clock : schedule.clocks()) {
            times.addAll(next(clock, schedule.timezone(), after, count));
        }
        return times.stream().limit(count).toList();
    }

    public static List<RunTime> next(Schedule schedule, Instant after, int count, ZoneId local) {
        return next(schedule, after, count).stream()
                .map(t -> new RunTime(t.atZone(schedule.timezone()), t.atZone(local))).toList();
    }

    private static List<Instant> next(ScheduleClock clock, ZoneId zone, Instant after, int count) {
        List<Instant> out = new ArrayList<>();
        Instant from = clock.startDate() != null && clock.startDate().isAfter(after) ? clock.startDate().minusNanos(1) : after;
        if (clock instanceof ScheduleClock.Cron cron) {
            ExecutionTime times = ExecutionTime.forCron(CronExpressions.parse(cron.expression()));
            ZonedDateTime t = from.atZone(zone);
            while (out.size() < count) {
                t = times.nextExecution(t).orElseThrow();
                out.add(t.toInstant());
            }
            return out;
        }
        Duration every = ((ScheduleClock.Interval) clock).every();
        Instant origin = clock.startDate() != null ? clock.startDate() : INTERVAL_ORIGIN;
        boolean wholeDays = every.toSeconds() % 86_400 == 0;
        long steps = from.isBefore(origin) ? 0 : Duration.between(origin, from).dividedBy(every) + 1;
        for (long i = steps; out.size() < count; i++) {
            // Whole days keep their wall-clock time across daylight-saving changes, as pendulum adds them.
            out.add(wholeDays ? origin.atZone(zone).plusDays(every.toDays() * i).toInstant() : origin.plus(every.multipliedBy(i)));
        }
        return out;
    }
}
