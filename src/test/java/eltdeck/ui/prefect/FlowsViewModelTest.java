package eltdeck.ui.prefect;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.FlowSchedules;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.RunStates;
import eltdeck.prefect.Schedule;
import eltdeck.prefect.ScheduleClock;
import eltdeck.prefect.emulator.RunScripts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Flows tab's view model against the emulator over HTTP: diagnosis, flows, on/off, runs, re-registration. */
class FlowsViewModelTest {
    static final Map<String, Object> ALL_ETL = Map.of("name", "all-etl", "project", "elt", "labels", List.of("etl"),
            "parameters", List.of(Map.of("name", "env", "required", true), Map.of("name", "dbt_command", "required", false,
                    "default", "dbt build")));
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    Path dir;
    private PrefectUi prefect;

    @BeforeEach
    void start() throws Exception {
        prefect = new PrefectUi(dir);
    }

    @AfterEach
    void stop() {
        prefect.close();
    }

    @Test
    void withoutATenantItSaysWhyAndCreatesOne() throws Exception {
        FlowsViewModel vm = prefect.flows();
        prefect.ui.run(vm::refresh);
        prefect.ui.await(WAIT, () -> !vm.serverProperty().get().isEmpty());
        assertThat(prefect.ui.call(() -> vm.serverProperty().get())).startsWith("Prefect Server ").contains("(Core 1.4.1)")
                .endsWith(" at " + prefect.emulator.url());
        assertThat(prefect.ui.call(vm::tenantMissingProperty).get()).isTrue();
        assertThat(prefect.ui.call(() -> List.copyOf(vm.problems()))).anyMatch(p -> p.contains("no tenant"));

        prefect.ui.run(vm::createTenant);
        prefect.ui.await(WAIT, () -> !vm.tenantMissingProperty().get());
        assertThat(prefect.ui.call(() -> List.copyOf(vm.problems()))).singleElement().asString()
                .contains("No agent has ever asked this server for work: runs stay Scheduled");
        assertThat(prefect.ui.call(() -> vm.statusProperty().get())).contains("Created the default tenant");
    }

    @Test
    void flowsShowTheirScheduleAndASearchNarrowsThem() throws Exception {
        prefect.emulator.createTenant();
        prefect.emulator.startAgent(List.of("other"));
        prefect.emulator.registerFlow(ALL_ETL);
        prefect.emulator.registerFlow(Map.of("name", "dbt-only", "project", "elt", "labels", List.of()));
        GraphQlClient client = new GraphQlClient(URI.create(prefect.emulator.url()));
        new FlowSchedules(client).setDefaultParameters(new FlowCatalog(client).find("all-etl"), Map.of("env", "prod"));
        new FlowSchedules(client).setSchedule(new FlowCatalog(client).find("all-etl"), new Schedule(List.of(new ScheduleClock.Cron("0 2 * * *", Map.of())),
                java.time.ZoneId.of("Europe/Berlin")));
        FlowsViewModel vm = prefect.flows();
        prefect.ui.run(vm::refresh);
        prefect.ui.await(WAIT, () -> vm.rows().size() == 2);

        FlowRow row = prefect.ui.call(() -> vm.rows().stream().filter(r -> r.name().equals("all-etl")).findFirst().orElseThrow());
        assertThat(row.scheduleText()).isEqualTo("At 02:00, every day (Europe/Berlin)");
        assertThat(row.flow().project()).isEqualTo("elt");
        assertThat(row.labels()).isEqualTo("etl");
        assertThat(row.lastRunText(java.time.ZoneOffset.UTC)).isEqualTo("Never ran");
        assertThat(row.waitReason()).contains("No running agent has all of this flow's labels [etl]").contains("[other]");
        FlowRow dbt = prefect.ui.call(() -> vm.rows().stream().filter(r -> r.name().equals("dbt-only")).findFirst().orElseThrow());
        assertThat(dbt.waitReason()).isNull();
        assertThat(dbt.scheduleText()).isEqualTo("No schedule");

        prefect.ui.run(() -> vm.searchProperty().set("DBT"));
        assertThat(prefect.ui.call(() -> vm.shownRows().stream().map(FlowRow::name).toList())).containsExactly("dbt-only");
        prefect.ui.run(() -> vm.searchProperty().set(""));
        assertThat(prefect.ui.call(() -> vm.shownRows().size())).isEqualTo(2);
    }

    @Test
    void aDoubleClickRunsOnceWithTheDefaultsAndItsPageFollowsItToTheEnd() throws Exception {
        prefect.emulator.createTenant();
        prefect.emulator.playRunsAs(RunScripts.lateBatches(12, "Success"));
        prefect.emulator.startAgent(List.of("etl"));
        prefect.emulator.registerFlow(ALL_ETL);
        GraphQlClient client = new GraphQlClient(URI.create(prefect.emulator.url()));
        new FlowSchedules(client).setDefaultParameters(new FlowCatalog(client).find("all-etl"), Map.of("env", "dev"));
        FlowsViewModel vm = prefect.flows();
        prefect.ui.run(vm::refresh);
        prefect.ui.await(WAIT, () -> vm.rows().size() == 1);

        prefect.ui.run(() -> vm.quickRun(vm.rows().get(0).flow()));
        prefect.ui.await(WAIT, () -> vm.startedRunProperty().get() != null);
        RunViewModel page = prefect.ui.call(() -> vm.startedRunProperty().get());
        prefect.ui.await(Duration.ofSeconds(30), () -> page.finishedProperty().get());
        assertThat(prefect.ui.call(() -> page.runProperty().get().state())).isEqualTo(RunStates.SUCCESS);
        assertThat(prefect.ui.call(() -> page.runProperty().get().parameters())).containsEntry("env", "dev");
        assertThat(prefect.ui.call(() -> page.states().stream().map(s -> s.state()).toList()))
                .startsWith("Scheduled").contains("Running").endsWith("Success");
        assertThat(prefect.ui.call(() -> page.taskRuns().stream().map(t -> t.taskName() + "=" + t.state()).toList()))
                .containsExactly("etl-step=Success");
        prefect.ui.await(Duration.ofSeconds(10), () -> {
            page.log().pulse();
            return page.log().visibleLines().stream().anyMatch(l -> l.plainText().contains("step line 012 of 012"));
        });
        assertThat(prefect.notices).singleElement().asString().startsWith("Run '").contains("of all-etl succeeded");
        assertThat(new eltdeck.prefect.FlowRuns(client).recent(eltdeck.prefect.RunFilter.recent(10))).hasSize(1);
    }

    @Test
    void aRegistrationThatSwitchesAScheduleBackOnIsNoticedAndUndone() throws Exception {
        prefect.emulator.createTenant();
        prefect.emulator.registerFlow(ALL_ETL);
        GraphQlClient client = new GraphQlClient(URI.create(prefect.emulator.url()));
        Flow flow = new FlowCatalog(client).find("all-etl");
        new FlowSchedules(client).setDefaultParameters(flow, Map.of("env", "prod"));
        new FlowSchedules(client).setSchedule(new FlowCatalog(client).find("all-etl"), Schedule.utc(List.of(new ScheduleClock.Interval(Duration.ofHours(1), Map.of()))));
        FlowsViewModel vm = prefect.flows();
        prefect.ui.run(vm::refresh);
        prefect.ui.await(WAIT, () -> vm.rows().size() == 1);
        prefect.ui.run(() -> vm.setActive(vm.rows().get(0).flow(), true));
        prefect.ui.await(WAIT, () -> vm.rows().get(0).flow().scheduleActive());
        assertThat(prefect.ui.call(() -> vm.rows().get(0).flow().nextRuns())).isNotEmpty();

        prefect.ui.run(() -> vm.setActive(vm.rows().get(0).flow(), false));
        prefect.ui.await(WAIT, () -> !vm.rows().get(0).flow().scheduleActive());
        assertThat(prefect.ui.call(() -> vm.statusProperty().get())).isEqualTo("Schedule of all-etl switched off.");

        prefect.emulator.registerFlow(ALL_ETL);
        prefect.ui.run(vm::refresh);
        prefect.ui.await(WAIT, () -> vm.switchedBackOn().size() == 1);
        assertThat(prefect.ui.call(() -> vm.switchedBackOn().get(0).version())).isEqualTo(2);

        prefect.ui.run(vm::restoreSwitchedOff);
        prefect.ui.await(WAIT, () -> vm.rows().get(0).flow().version() == 2 && !vm.rows().get(0).flow().scheduleActive());
        assertThat(prefect.ui.call(() -> vm.switchedBackOn().isEmpty())).isTrue();
        assertThat(new FlowCatalog(client).find("all-etl").scheduleActive()).isFalse();
    }

    @Test
    void withoutAnApiItSaysHowToGetOne() throws Exception {
        prefect.emulator.createTenant();
        prefect.emulator.registerFlow(ALL_ETL);
        Flow flow = new FlowCatalog(new GraphQlClient(URI.create(prefect.emulator.url()))).find("all-etl");
        prefect.access.setApiUrl("vm", Optional.empty());
        prefect.ui.run(prefect.endpoint::reload);
        prefect.ui.await(WAIT, () -> prefect.endpoint.urlProperty().get() == null);
        FlowsViewModel vm = prefect.flows();
        prefect.ui.run(vm::refresh);
        assertThat(prefect.ui.call(() -> List.copyOf(vm.problems()))).containsExactly("This profile has no tunnel to the"
                + " VM's port 4200 (the Prefect API). Add one in Edit, or set the API URL.");
        prefect.ui.run(() -> vm.quickRun(flow));
        assertThat(prefect.ui.call(() -> vm.statusProperty().get())).contains("no tunnel to the VM's port 4200");
    }
}
