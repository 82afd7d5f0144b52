package eltdeck.ui.prefect;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.FlowRun;
import eltdeck.prefect.FlowRuns;
import eltdeck.prefect.FlowSchedules;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.RunRequest;
import eltdeck.prefect.emulator.RunScript;
import eltdeck.testvm.Await;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Runs tab's view model against the emulator: filters, chart points, and the watch for failed runs. */
class RunsViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    Path dir;
    private PrefectUi prefect;
    private GraphQlClient client;
    private FlowRuns runs;

    @BeforeEach
    void start() throws Exception {
        prefect = new PrefectUi(dir);
        prefect.emulator.createTenant();
        prefect.emulator.startAgent(List.of("etl"));
        prefect.emulator.registerFlow(FlowsViewModelTest.ALL_ETL);
        prefect.emulator.registerFlow(Map.of("name", "dbt-only", "project", "elt", "labels", List.of("etl")));
        client = new GraphQlClient(URI.create(prefect.emulator.url()));
        runs = new FlowRuns(client);
        new FlowSchedules(client).setDefaultParameters(new FlowCatalog(client).find("all-etl"), Map.of("env", "prod"));
    }

    @AfterEach
    void stop() {
        prefect.close();
    }

    @Test
    void runsAreFilteredByFlowAndStateAndChartedPerFlow() throws Exception {
        finish("all-etl", "Success");
        finish("all-etl", "Failed");
        finish("dbt-only", "Success");
        RunsViewModel vm = prefect.runs(Duration.ofMinutes(1));
        prefect.ui.run(vm::refresh);
        prefect.ui.await(WAIT, () -> vm.runs().size() == 3 && vm.flows().size() == 2);
        assertThat(prefect.ui.call(() -> vm.statusProperty().get())).isEqualTo("3 runs, newest first.");

        prefect.ui.run(() -> vm.stateFilterProperty().set("Failed"));
        prefect.ui.await(WAIT, () -> vm.runs().size() == 1);
        assertThat(prefect.ui.call(() -> vm.runs().get(0).flowName())).isEqualTo("all-etl");
        prefect.ui.run(() -> {
            vm.stateFilterProperty().set(null);
            vm.flowFilterProperty().set(vm.flows().stream().filter(f -> f.name().equals("dbt-only")).findFirst().orElseThrow());
        });
        prefect.ui.await(WAIT, () -> vm.runs().size() == 1 && vm.runs().get(0).flowName().equals("dbt-only"));
        prefect.ui.run(() -> vm.stateFilterProperty().set("Running"));
        prefect.ui.await(WAIT, () -> vm.runs().isEmpty());
        assertThat(prefect.ui.call(() -> vm.statusProperty().get())).isEqualTo("No runs match the filter.");

        prefect.ui.run(() -> {
            vm.stateFilterProperty().set(null);
            vm.flowFilterProperty().set(null);
        });
        prefect.ui.await(WAIT, () -> vm.runs().size() == 3);
        var charts = RunDurations.of(prefect.ui.call(() -> List.copyOf(vm.runs())), Instant.now());
        assertThat(charts).containsOnlyKeys("all-etl", "dbt-only");
        assertThat(charts.get("all-etl")).containsOnlyKeys("Failed", "Success");
        assertThat(charts.get("all-etl").get("Success")).singleElement().satisfies(p -> assertThat(p.seconds()).isPositive());

        prefect.ui.run(() -> vm.open(vm.runs().get(0)));
        assertThat(prefect.ui.call(() -> vm.openedRunProperty().get().runId())).isEqualTo(prefect.ui.call(() -> vm.runs().get(0).id()));
    }

    @Test
    void whenSwitchedOnEveryRunThatFailsAfterwardsIsTold() throws Exception {
        finish("all-etl", "Failed");
        RunsViewModel vm = prefect.runs(Duration.ofMillis(200));
        prefect.ui.run(() -> vm.notifyFailuresProperty().set(true));
        firstReadOfTheWatch();
        String id = finish("dbt-only", "Failed");
        prefect.watchClock.advance(Duration.ofMillis(200));
        prefect.ui.await(WAIT, () -> prefect.notices.size() == 1);
        assertThat(prefect.notices.get(0)).startsWith("Run '" + runs.get(id).name() + "' of dbt-only ended Failed");

        prefect.ui.run(() -> vm.notifyFailuresProperty().set(false));
        finish("all-etl", "Failed");
        prefect.watchClock.advance(Duration.ofSeconds(1));
        prefect.ui.settle(WAIT);
        assertThat(prefect.notices).hasSize(1);
    }

    @Test
    void theChoiceToBeToldIsRememberedForTheProfileAndWatchesAgainWhenTheAppOpensNextTime() throws Exception {
        RunsViewModel before = prefect.runs(Duration.ofMinutes(10)); // its watch never looks past its first read
        prefect.ui.run(() -> before.notifyFailuresProperty().set(true));
        prefect.ui.await(WAIT, () -> prefect.access.alertsFailedRuns("vm"));

        RunsViewModel reopened = prefect.runs(Duration.ofMillis(200));
        prefect.ui.await(WAIT, () -> reopened.notifyFailuresProperty().get());
        firstReadOfTheWatch();
        String id = finish("all-etl", "Failed");
        prefect.watchClock.advance(Duration.ofMillis(200));
        prefect.ui.await(WAIT, () -> prefect.notices.size() == 1);
        assertThat(prefect.notices.get(0)).startsWith("Run '" + runs.get(id).name() + "' of all-etl ended Failed");

        prefect.ui.run(() -> reopened.notifyFailuresProperty().set(false));
        prefect.ui.await(WAIT, () -> !prefect.access.alertsFailedRuns("vm"));
    }

    @Test
    void startedRunsComeFirstNewestFirstThenTheUpcomingOnesSoonestFirst() {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        FlowRun done = run("done", now.minusSeconds(600), now.minusSeconds(600));
        FlowRun running = run("running", now.minusSeconds(60), now.minusSeconds(60));
        FlowRun late = run("late", now.minusSeconds(30), null);
        FlowRun tomorrow = run("tomorrow", now.plusSeconds(86_400), null);
        FlowRun soon = run("soon", now.plusSeconds(60), null);
        assertThat(RunsViewModel.pastFirst(List.of(tomorrow, done, soon, late, running), now)).extracting(FlowRun::id)
                .containsExactly("late", "running", "done", "soon", "tomorrow");
    }

    private static FlowRun run(String id, Instant due, Instant start) {
        return new FlowRun(id, id, "all-etl", start == null ? "Scheduled" : "Running", null, due, start, null, Map.of());
    }

    private String finish(String flowName, String outcome) throws Exception {
        prefect.emulator.playRunsAs(new RunScript(3, 3, Duration.ofMillis(20), Duration.ZERO, outcome));
        Flow flow = new FlowCatalog(client).find(flowName);
        String id = runs.create(RunRequest.of(flow, Map.of(), null));
        Await.until(WAIT, "run " + id + " to finish", () -> RunViewModelTest.isFinished(runs, id));
        return id;
    }

    /** The watch's first read, which only learns what had failed before, has come back. */
    private void firstReadOfTheWatch() throws InterruptedException {
        prefect.watchClock.advance(Duration.ZERO);
        prefect.ui.settle(WAIT);
    }
}
