package eltdeck.prefect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schedule as Prefect 1 stores it ({@code {"type":"Schedule","clocks":[…]}}, intervals in microseconds, start dates
 * as naive {@code dt} plus {@code tz}), and as {@code set_flow_group_schedule} takes it (intervals in seconds, one
 * time zone, both clock lists always present: an explicit null list is not the same as none).
 */
final class ScheduleJson {
    private ScheduleJson() {
    }

    /** The stored schedule, or null for a JSON null. Clocks of other kinds (DatesClock) are not read. */
    static Schedule read(JsonNode stored) {
        if (stored == null || stored.isNull()) {
            return null;
        }
        List<ScheduleClock> clocks = new ArrayList<>();
        ZoneId zone = null;
        for (JsonNode clock : stored.path("clocks")) {
            JsonNode start = clock.path("start_date");
            Instant startDate = null;
            if (start.hasNonNull("dt")) {
                ZoneId tz = start.hasNonNull("tz") ? ZoneId.of(start.get("tz").asText()) : ZoneOffset.UTC;
                zone = zone == null ? tz : zone;
                startDate = LocalDateTime.parse(start.get("dt").asText()).atZone(tz).toInstant();
            }
            Map<String, Object> defaults = Json.object(clock, "parameter_defaults");
            switch (clock.path("type").asText()) {
                case "CronClock" -> clocks.add(new ScheduleClock.Cron(clock.path("cron").asText(), defaults, startDate));
                case "IntervalClock" -> clocks.add(new ScheduleClock.Interval(
                        Duration.ofNanos(clock.path("interval").asLong() * 1000), defaults, startDate));
                default -> {
                    // Only cron and interval clocks can be written back through the API; others are left out.
                }
            }
        }
        return new Schedule(clocks, zone == null ? ZoneOffset.UTC : zone);
    }

    /** The {@code set_flow_group_schedule_input} for {@code schedule}. */
    static Map<String, Object> input(String flowGroupId, Schedule schedule) {
        List<Map<String, Object>> cron = new ArrayList<>();
        List<Map<String, Object>> interval = new ArrayList<>();
        for (ScheduleClock clock : schedule.clocks()) {
            Map<String, Object> c = new LinkedHashMap<>();
            if (clock instanceof ScheduleClock.Cron cronClock) {
                c.put("cron", cronClock.expression().strip());
                cron.add(c);
            } else {
                c.put("interval", Math.toIntExact(((ScheduleClock.Interval) clock).every().toSeconds()));
                interval.add(c);
            }
            if (!clock.parameterDefaults().isEmpty()) {
                c.put("parameter_defaults", clock.parameterDefaults());
            }
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("flow_group_id", flowGroupId);
        input.put("cron_clocks", cron);
        input.put("interval_clocks", interval);
        input.put("timezone", schedule.timezone().getId().equals("Z") ? "UTC" : schedule.timezone().getId());
        return input;
    }
}
