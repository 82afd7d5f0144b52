package eltdeck.ui.prefect;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowParameter;
import eltdeck.prefect.Schedule;
import eltdeck.prefect.ScheduleClock;
import eltdeck.prefect.ScheduleTimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The schedule editor's state without a window: clocks, zone, problems, next runs, and what saving sends. */
class ScheduleEditorViewModelTest {
    private static final Instant NOW = Instant.parse("2024-03-29T12:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final List<Schedule> sent = new ArrayList<>();
    private String answer;

    @Test
    void aStoredScheduleIsEditedAndItsNextRunsShownInItsZoneAndLocally() {
        Schedule stored = new Schedule(List.of(new ScheduleClock.Cron("0 2 * * *", Map.of("env", "prod"), NOW.minusSeconds(86_400)),
                new ScheduleClock.Interval(Duration.ofHours(6), Map.of(), NOW.minusSeconds(3600))), ZoneId.of("Europe/Berlin"));
        ScheduleEditorViewModel vm = editor(flow(stored, Map.of("env", "dev")));

        assertThat(vm.timezoneProperty().get()).isEqualTo("Europe/Berlin");
        assertThat(vm.clocks()).hasSize(2);
        ClockDraft interval = vm.clocks().get(1);
        assertThat(interval.kindProperty().get()).isEqualTo(ClockDraft.Kind.INTERVAL);
        assertThat(interval.everyProperty().get()).isEqualTo("6");
        assertThat(interval.unitProperty().get()).isEqualTo(ChronoUnit.HOURS);
        assertThat(vm.clocks().get(0).parameters().values()).isEqualTo(Map.of("env", "prod"));
        assertThat(vm.problems()).isEmpty();

        vm.remove(interval);
        List<ScheduleTimes.RunTime> next = List.copyOf(vm.nextRuns());
        assertThat(next).hasSize(ScheduleEditorViewModel.PREVIEW);
        // Berlin moves to summer time on 31 March 2024: 02:00 does not exist that night (croniter fires at 03:00).
        assertThat(next.get(0).inSchedule()).hasToString("2024-03-30T02:00+01:00[Europe/Berlin]");
        assertThat(next.get(0).local()).hasToString("2024-03-29T21:00-04:00[America/New_York]");
        assertThat(next.get(2).inSchedule().getOffset()).isEqualTo(ZoneOffset.ofHours(2));

        vm.timezoneProperty().set("UTC");
        assertThat(vm.nextRuns().get(0).inSchedule()).hasToString("2024-03-30T02:00Z[UTC]");
    }

    @Test
    void badFieldsAreProblemsThatEmptyThePreviewAndBlockSaving() {
        ScheduleEditorViewModel vm = editor(flow(null, Map.of("env", "dev")));
        assertThat(vm.clocks()).isEmpty();
        assertThat(vm.nextRuns()).isEmpty();
        vm.addCron();
        assertThat(vm.nextRuns()).hasSize(10);

        vm.clocks().get(0).cronProperty().set("0 25 * * *");
        assertThat(vm.problems()).singleElement().asString().startsWith("Clock 1: '0 25 * * *' is not a cron expression");
        assertThat(vm.nextRuns()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.save();
        assertThat(sent).isEmpty();

        vm.clocks().get(0).kindProperty().set(ClockDraft.Kind.INTERVAL);
        vm.clocks().get(0).everyProperty().set("often");
        assertThat(vm.problems()).containsExactly("Clock 1: 'often' is not a number of minutes; give one such as 15.".replace(
                "minutes", "hours"));
        vm.clocks().get(0).unitProperty().set(ChronoUnit.MINUTES);
        vm.clocks().get(0).everyProperty().set("0.5");
        assertThat(vm.problems()).singleElement().asString().contains("too often");
        vm.clocks().get(0).everyProperty().set("15");
        assertThat(vm.problems()).isEmpty();
        // An interval clock counts from the moment it is saved.
        assertThat(vm.nextRuns().get(0).inSchedule().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));

        vm.timezoneProperty().set("Mars/Olympus");
        assertThat(vm.problems()).singleElement().asString().startsWith("Unknown time zone 'Mars/Olympus'");
    }

    @Test
    void aRequiredParameterNeedsAGroupDefaultBeforeTheScheduleCanBeSaved() {
        ScheduleEditorViewModel vm = editor(flow(null, Map.of()));
        vm.addCron();
        vm.clocks().get(0).parameters().fields().get(0).text().set("prod");
        assertThat(vm.problems()).singleElement().asString().startsWith("The flow requires parameter 'env'");
    }

    @Test
    void savingSendsTheWholeSetAndReportsTheServersAnswer() {
        ScheduleEditorViewModel vm = editor(flow(null, Map.of("env", "dev")));
        vm.addCron();
        vm.addInterval();
        vm.clocks().get(0).parameters().fields().get(1).text().set("dbt test");
        vm.timezoneProperty().set("Europe/Paris");
        answer = "The Prefect API refused the request: boom";
        vm.save();
        assertThat(vm.saveErrorProperty().get()).isEqualTo(answer);
        assertThat(vm.savedProperty().get()).isFalse();

        answer = null;
        vm.save();
        assertThat(vm.savedProperty().get()).isTrue();
        Schedule schedule = sent.get(1);
        assertThat(schedule.timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(schedule.clocks()).containsExactly(new ScheduleClock.Cron("0 2 * * *", Map.of("dbt_command", "dbt test"), null),
                new ScheduleClock.Interval(Duration.ofHours(1), Map.of(), null));
    }

    private ScheduleEditorViewModel editor(Flow flow) {
        return new ScheduleEditorViewModel(flow, Clock.fixed(NOW, ZoneOffset.UTC), NEW_YORK, (f, schedule, done) -> {
            sent.add(schedule);
            ((Consumer<String>) done).accept(answer);
        });
    }

    private static Flow flow(Schedule schedule, Map<String, Object> groupDefaults) {
        return new Flow("f1", "g1", "v1", "all-etl", 3, "elt", List.of("etl"), schedule, schedule != null, true,
                List.of(new FlowParameter("env", true, null), new FlowParameter("dbt_command", false, "dbt build")),
                groupDefaults, List.of(), null);
    }
}
