package eltdeck.prefect.emulator;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prefect Core's clocks as the scheduler (towel) evaluates them: a stored clock's next event times. */
final class EmulatedClocks {
    static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    /** IntervalClock counts from here when it has no start date. */
    private static final Instant INTERVAL_EPOCH = Instant.parse("2019-01-01T00:00:00Z");

    private EmulatedClocks() {
    }

    /** The next {@code count} events after {@code after}, of one stored clock. */
    @SuppressWarnings("unchecked")
    static List<Instant> next(Map<String, Object> clock, Instant after, int count) {
        Map<String, Object> start = (Map<String, Object>) clock.get("start_date");
        ZoneId zone = start == null ? ZoneOffset.UTC : ZoneId.of((String) start.get("tz"));
        Instant startAt = start == null ? null : LocalDateTime.parse((String) start.get("dt")).atZone(zone).toInstant();
        List<Instant> out = new ArrayList<>();
        if ("CronClock".equals(clock.get("type"))) {
            ExecutionTime times = ExecutionTime.forCron(CRON.parse((String) clock.get("cron")));
            ZonedDateTime t = (startAt != null && startAt.isAfter(after) ? startAt.minusSeconds(1) : after).atZone(zone);
            while (out.size() < count) {
                t = times.nextExecution(t).orElseThrow();
                out.add(t.toInstant());
            }
        } else {
            Duration interval = Duration.ofNanos(((Number) clock.get("interval")).longValue() * 1000);
            Instant origin = startAt == null ? INTERVAL_EPOCH : startAt;
            long steps = after.isBefore(origin) ? 0 : Duration.between(origin, after).dividedBy(interval) + 1;
            for (int i = 0; i < count; i++) {
                out.add(origin.plus(interval.multipliedBy(steps + i)));
            }
        }
        return out;
    }
}
