package eltdeck.prefect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<FlowParameter> PARAMS = List.of(new FlowParameter("env", true, null),
            new FlowParameter("dbt_command", false, "dbt build"));

    @Test
    void describesClocksInWords() {
        assertThat(ScheduleText.describe(new ScheduleClock.Cron("0 2 * * *", Map.of()))).isEqualTo("At 02:00, every day");
        assertThat(ScheduleText.describe(new ScheduleClock.Cron("*/15 * * * *", Map.of()))).isEqualTo("Every 15 minutes");
        assertThat(ScheduleText.describe(new ScheduleClock.Cron("0 6 * * 1-5", Map.of())))
                .isEqualTo("At 06:00 every day between Monday and Friday");
        assertThat(ScheduleText.describe(new ScheduleClock.Interval(Duration.ofHours(1), Map.of()))).isEqualTo("Every hour");
        assertThat(ScheduleText.describe(new ScheduleClock.Interval(Duration.ofMinutes(90), Map.of()))).isEqualTo("Every 90 minutes");
        assertThat(ScheduleText.describe(new ScheduleClock.Interval(Duration.ofDays(2), Map.of()))).isEqualTo("Every 2 days");
        Schedule berlin = new Schedule(List.of(new ScheduleClock.Cron("0 2 * * *", Map.of("env", "prod"))), BERLIN);
        assertThat(ScheduleText.describe(berlin.clocks().get(0), berlin)).isEqualTo("At 02:00, every day (Europe/Berlin) with env=prod");
    }

    @Test
    void nextRunsOfACronClockFollowTheSchedulesZoneAcrossDaylightSaving() {
        Schedule schedule = new Schedule(List.of(new ScheduleClock.Cron("0 2 * * *", Map.of())), BERLIN);
        // Berlin leaves summer time on 2024-10-27 at 03:00, so 02:00 comes twice that night: the first one counts.
        List<Instant> next = ScheduleTimes.next(schedule, Instant.parse("2024-10-25T12:00:00Z"), 3);
        assertThat(next).containsExactly(Instant.parse("2024-10-26T00:00:00Z"), Instant.parse("2024-10-27T00:00:00Z"),
                Instant.parse("2024-10-28T01:00:00Z"));
        List<ScheduleTimes.RunTime> shown = ScheduleTimes.next(schedule, Instant.parse("2024-10-25T12:00:00Z"), 10, ZoneId.of("Asia/Tokyo"));
        assertThat(shown).hasSize(10);
        assertThat(shown.get(0).inSchedule().getHour()).isEqualTo(2);
        assertThat(shown.get(0).local().getHour()).isEqualTo(9);
    }

    @Test
    void intervalClocksCountFromTheirStartOrPrefectsOrigin() {
        Schedule hourly = Schedule.utc(List.of(new ScheduleClock.Interval(Duration.ofHours(1), Map.of())));
        assertThat(ScheduleTimes.next(hourly, Instant.parse("2024-05-01T10:20:00Z"), 2))
                .containsExactly(Instant.parse("2024-05-01T11:00:00Z"), Instant.parse("2024-05-01T12:00:00Z"));
        Schedule fromStart = Schedule.utc(List.of(new ScheduleClock.Interval(Duration.ofMinutes(30), Map.of(),
                Instant.parse("2024-05-01T10:10:00Z"))));
        assertThat(ScheduleTimes.next(fromStart, Instant.parse("2024-05-01T10:20:00Z"), 1))
                .containsExactly(Instant.parse("2024-05-01T10:40:00Z"));
    }

    @Test
    void clocksAreMergedInTimeOrderWithoutDuplicates() {
        Schedule two = Schedule.utc(List.of(new ScheduleClock.Cron("0 * * * *", Map.of()),
                new ScheduleClock.Interval(Duration.ofMinutes(30), Map.of())));
        assertThat(ScheduleTimes.next(two, Instant.parse("2024-05-01T10:00:00Z"), 3)).containsExactly(
                Instant.parse("2024-05-01T10:30:00Z"), Instant.parse("2024-05-01T11:00:00Z"), Instant.parse("2024-05-01T11:30:00Z"));
    }

    @Test
    void validationSaysWhatIsWrongWithEachClock() {
        Schedule bad = Schedule.utc(List.of(new ScheduleClock.Cron("61 * * * *", Map.of("env", "prod")),
                new ScheduleClock.Interval(Duration.ofSeconds(30), Map.of("env", "dev")),
                new ScheduleClock.Interval(Duration.ZERO, Map.of("env", "dev", "colour", "red"))));
        assertThat(ScheduleValidator.problems(bad, PARAMS, Map.of("env", "test"))).containsExactly(
                "Clock 1: '61 * * * *' is not a cron expression (Failed to parse cron expression. Value 61 not in range [0, 59])."
                        + " Give five fields: minute hour day-of-month month day-of-week, e.g. '0 2 * * *' for 02:00 every day.",
                "Clock 2: every 30 s is too often: Prefect Server refuses intervals under one minute.",
                "Clock 3: the interval must be longer than zero.",
                "Clock 3: the flow has no parameter 'colour'; it declares env, dbt_command.");
    }

    @Test
    void requiredParametersNeedADefaultValueBecauseTheServerIgnoresPerClockOnes() {
        Schedule perClock = Schedule.utc(List.of(new ScheduleClock.Cron("0 2 * * *", Map.of("env", "prod"))));
        assertThat(ScheduleValidator.problems(perClock, PARAMS, Map.of())).containsExactly("The flow requires parameter 'env':"
                + " Prefect Server switches a schedule on only when the flow's default parameters give it a value (values on"
                + " clocks do not count there): set one with --default env=VALUE.");
        assertThat(ScheduleValidator.problems(perClock, PARAMS, Map.of("env", "prod"))).isEmpty();
    }

    @Test
    void unknownZonesAreRefusedWithAnExample() {
        assertThat(Schedule.zone("Europe/Berlin")).isEqualTo(BERLIN);
        assertThat(Schedule.zone("UTC").normalized()).isEqualTo(ZoneOffset.UTC);
        assertThatThrownBy(() -> Schedule.zone("Mars/Olympus")).hasMessageContaining("IANA name such as Europe/Berlin");
    }
}
