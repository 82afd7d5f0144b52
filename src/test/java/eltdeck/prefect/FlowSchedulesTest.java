package eltdeck.prefect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.prefect.emulator.PrefectEmulator;
import eltdeck.prefect.emulator.PrefectReference;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The flows and schedules services against the emulator, every request checked against the real schema. */
class FlowSchedulesTest {
    static final Map<String, Object> ALL_ETL = Map.of("name", "all-etl", "project", "elt", "labels", List.of("etl"),
            "parameters", List.of(Map.of("name", "env", "required", true), Map.of("name", "dbt_command", "required", false,
                    "default", "dbt build")));
    private PrefectEmulator emulator;
    private FlowCatalog catalog;
    private FlowSchedules schedules;

    @BeforeEach
    void start() throws Exception {
        emulator = PrefectEmulator.start(PrefectReference.requireSdl(), 0);
        emulator.createTenant();
        GraphQlClient client = new GraphQlClient(URI.create(emulator.url()));
        catalog = new FlowCatalog(client);
        schedules = new FlowSchedules(client);
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void listsEachGroupsNewestVersionOnly() throws Exception {
        emulator.registerFlow(ALL_ETL);
        emulator.registerFlow(ALL_ETL);
        List<Flow> flows = catalog.list();
        assertThat(flows).hasSize(1);
        Flow flow = flows.get(0);
        assertThat(flow.version()).isEqualTo(2);
        assertThat(flow.project()).isEqualTo("elt");
        assertThat(flow.labels()).containsExactly("etl");
        assertThat(flow.schedule()).isNull();
        assertThat(flow.parameters()).extracting(FlowParameter::name).containsExactly("env", "dbt_command");
        assertThat(catalog.find("elt/all-etl")).isEqualTo(flow);
        assertThat(catalog.search("ETL")).containsExactly(flow);
        assertThat(catalog.search("nothing")).isEmpty();
        assertThatThrownBy(() -> catalog.find("other")).hasMessageContaining("its flows: elt/all-etl");
    }

    @Test
    void aCronScheduleWithParameterDefaultsRunsInItsZoneAndCanBeSwitchedOffAndOn() throws Exception {
        emulator.registerFlow(ALL_ETL);
        schedules.setDefaultParameters(catalog.find("all-etl"), Map.of("env", "test"));
        Flow flow = catalog.find("all-etl");
        Schedule nightly = new Schedule(List.of(new ScheduleClock.Cron("0 2 * * *", Map.of("env", "prod")),
                new ScheduleClock.Interval(Duration.ofHours(6), Map.of("env", "dev"))), ZoneId.of("Europe/Berlin"));

        schedules.setSchedule(flow, nightly);
        schedules.setActive(flow.flowGroupId(), true);

        Flow scheduled = catalog.find("all-etl");
        assertThat(scheduled.scheduleFromGroup()).isTrue();
        assertThat(scheduled.scheduleActive()).isTrue();
        assertThat(scheduled.schedule().timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(scheduled.schedule().clocks()).extracting(ScheduleText::describe).containsExactly("At 02:00, every day", "Every 6 hours");
        assertThat(scheduled.schedule().clocks().get(0).parameterDefaults()).isEqualTo(Map.of("env", "prod"));
        assertThat(scheduled.nextRuns()).hasSize(10).isSorted();
        assertThat(emulator.documents()).anyMatch(d -> d.contains("set_flow_group_schedule"));

        schedules.setActive(flow.flowGroupId(), false);
        Flow off = catalog.find("all-etl");
        assertThat(off.scheduleActive()).isFalse();
        assertThat(off.nextRuns()).isEmpty();

        schedules.setActive(flow.flowGroupId(), true);
        assertThat(catalog.find("all-etl").scheduleActive()).isTrue();
    }

    @Test
    void aNewRegistrationSwitchesTheScheduleBackOnAndTogglingFollowsTheNewVersion() throws Exception {
        emulator.registerFlow(ALL_ETL);
        schedules.setDefaultParameters(catalog.find("all-etl"), Map.of("env", "test"));
        Flow flow = catalog.find("all-etl");
        schedules.setSchedule(flow, Schedule.utc(List.of(new ScheduleClock.Interval(Duration.ofHours(1), Map.of("env", "prod")))));
        schedules.setActive(flow.flowGroupId(), false);

        emulator.registerFlow(ALL_ETL);

        Flow v2 = catalog.find("all-etl");
        assertThat(v2.flowId()).isNotEqualTo(flow.flowId());
        assertThat(v2.scheduleActive()).isTrue();
        schedules.setActive(flow.flowGroupId(), false);
        assertThat(catalog.find("all-etl").scheduleActive()).isFalse();
    }

    @Test
    void anEmptyScheduleDeletesTheGroupsSchedule() throws Exception {
        emulator.registerFlow(ALL_ETL);
        schedules.setDefaultParameters(catalog.find("all-etl"), Map.of("env", "test"));
        Flow flow = catalog.find("all-etl");
        schedules.setSchedule(flow, Schedule.utc(List.of(new ScheduleClock.Cron("0 * * * *", Map.of("env", "x")))));
        schedules.setSchedule(flow, Schedule.utc(List.of()));
        assertThat(catalog.find("all-etl").schedule()).isNull();
        assertThatThrownBy(() -> schedules.setActive(flow.flowGroupId(), true)).hasMessageContaining("no schedule to switch on");
    }

    @Test
    void badSchedulesAreRefusedBeforeAnythingIsSent() throws Exception {
        emulator.registerFlow(ALL_ETL);
        Flow flow = catalog.find("all-etl");
        int before = emulator.documents().size();
        assertThatThrownBy(() -> schedules.setSchedule(flow, Schedule.utc(List.of(new ScheduleClock.Cron("0 2 * *", Map.of())))))
                .hasMessageContaining("is not a cron expression").hasMessageContaining("requires parameter 'env'");
        assertThatThrownBy(() -> schedules.setDefaultParameters(flow, Map.of("colour", "red")))
                .hasMessageContaining("no parameter 'colour'; it declares env, dbt_command.");
        assertThat(emulator.documents()).hasSize(before);
    }

    @Test
    void defaultParametersReplaceTheWholeSetAndSatisfyRequiredOnes() throws Exception {
        emulator.registerFlow(ALL_ETL);
        Flow flow = catalog.find("all-etl");
        schedules.setDefaultParameters(flow, Map.of("env", "prod", "dbt_command", "dbt run"));
        schedules.setDefaultParameters(flow, Map.of("env", "prod"));
        Flow updated = catalog.find("all-etl");
        assertThat(updated.defaultParameters()).isEqualTo(Map.of("env", "prod"));
        schedules.setSchedule(updated, Schedule.utc(List.of(new ScheduleClock.Cron("0 2 * * *", Map.of()))));
        schedules.setActive(updated.flowGroupId(), true);
        assertThat(catalog.find("all-etl").scheduleActive()).isTrue();
    }
}
