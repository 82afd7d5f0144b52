package eltdeck.prefect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.prefect.emulator.PrefectEmulator;
import eltdeck.prefect.emulator.PrefectReference;
import eltdeck.prefect.emulator.RunScripts;
import eltdeck.testvm.Await;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs against the emulator: starting, listing, following with late log batches, cancelling. */
class FlowRunsTest {
    private PrefectEmulator emulator;
    private GraphQlClient client;
    private FlowRuns runs;
    private Flow flow;

    @BeforeEach
    void start() throws Exception {
        emulator = PrefectEmulator.start(PrefectReference.requireSdl(), 0);
        emulator.createTenant();
        emulator.registerFlow(FlowSchedulesTest.ALL_ETL);
        client = new GraphQlClient(URI.create(emulator.url()));
        runs = new FlowRuns(client);
        flow = new FlowCatalog(client).find("all-etl");
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void aRunIsCreatedOnceWithItsParametersAndName() throws Exception {
        RunRequest request = RunRequest.of(flow, Map.of("env", "prod"), "nightly backfill");
        String id = runs.create(request);
        assertThat(runs.create(request)).isEqualTo(id);

        FlowRun run = runs.get(id);
        assertThat(run.name()).isEqualTo("nightly backfill");
        assertThat(run.state()).isEqualTo("Scheduled");
        assertThat(run.parameters()).isEqualTo(Map.of("env", "prod", "dbt_command", "dbt build"));
        assertThat(runs.recent(RunFilter.recent(10))).extracting(FlowRun::id).containsExactly(id);
        assertThat(runs.recent(new RunFilter(flow.flowGroupId(), List.of("Running"), 10))).isEmpty();
    }

    @Test
    void aMissingRequiredParameterIsTheServersError() {
        assertThatThrownBy(() -> runs.create(RunRequest.of(flow, Map.of(), null)))
                .isInstanceOf(PrefectApiException.class).hasMessageContaining("Required parameters were not supplied: [env]");
    }

    @Test
    void withoutAnAgentTheRunWaitsScheduled() throws Exception {
        String id = runs.create(RunRequest.of(flow, Map.of("env", "prod"), null));
        // Only an agent moves a run on in the emulator, as on the server: there is nothing to wait for.
        assertThat(runs.get(id).state()).isEqualTo("Scheduled");
        assertThat(new PrefectServer(client).agents()).isEmpty();
    }

    @Test
    void followingARunDeliversEveryLogLineOnceInOrderEvenWhenBatchesArriveLate() throws Exception {
        emulator.playRunsAs(RunScripts.lateBatches(40, "Success"));
        emulator.startAgent(List.of("etl"));
        String id = runs.create(RunRequest.of(flow, Map.of("env", "prod"), null));
        List<RunLogEntry> seen = new ArrayList<>();
        List<String> states = new ArrayList<>();

        FlowRun end = new RunFollower(client, id, PrefectLogLevel.DEBUG, Duration.ofMillis(150), Duration.ofSeconds(2))
                .follow(seen::addAll, run -> states.add(run.state()));

        assertThat(end.state()).isEqualTo("Success");
        assertThat(states).last().isEqualTo("Success");
        assertThat(seen).extracting(RunLogEntry::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(emulator.logs(id).stream().map(l -> (String) l.get("id")).toList());
        List<String> numbered = seen.stream().map(RunLogEntry::message).filter(m -> m.startsWith("step line")).toList();
        assertThat(numbered).hasSize(40).isSorted();
        assertThat(seen).anyMatch(e -> e.message().startsWith("Heartbeat"));

        RunDetail detail = runs.detail(id);
        assertThat(detail.states()).extracting(RunDetail.StateChange::state).containsExactly("Scheduled", "Submitted", "Running", "Success");
        assertThat(detail.taskRuns()).extracting(RunDetail.TaskRun::taskName).containsExactly("etl-step");
        assertThat(detail.run().duration(Instant.now())).isPositive();
    }

    @Test
    void aLevelFilterLeavesOutLowerLevels() throws Exception {
        emulator.playRunsAs(RunScripts.lateBatches(5, "Success"));
        emulator.startAgent(List.of("etl"));
        String id = runs.create(RunRequest.of(flow, Map.of("env", "prod"), null));
        Await.until(Duration.ofSeconds(20), "the run finishes", () -> RunStates.isFinished(state(id)));
        Await.until(Duration.ofSeconds(20), "its INFO rows to be uploaded", () -> !infoRows(id).isEmpty());
        assertThat(new RunLogTail(client, id, PrefectLogLevel.WARNING).poll()).isEmpty();
    }

    @Test
    void cancellingARunningRunGoesThroughCancellingAndAScheduledOneIsCancelledAtOnce() throws Exception {
        emulator.playRunsAs(RunScripts.lateBatches(0, "Hang"));
        emulator.startAgent(List.of("etl"));
        String running = runs.create(RunRequest.of(flow, Map.of("env", "prod"), null));
        Await.until(Duration.ofSeconds(20), "the run is running", () -> "Running".equals(state(running)));

        assertThat(runs.cancel(running)).isEqualTo("Cancelling");
        Await.until(Duration.ofSeconds(20), "the run is cancelled", () -> "Cancelled".equals(state(running)));
        assertThat(runs.cancel(running)).isEqualTo("Cancelled");

        emulator.stopAgent();
        String waiting = runs.create(RunRequest.of(flow, Map.of("env", "prod"), null));
        assertThat(runs.cancel(waiting)).isEqualTo("Cancelled");
        assertThatThrownBy(() -> runs.detail("00000000-0000-0000-0000-000000000000")).hasMessageContaining("no flow run");
    }

    private String state(String runId) {
        try {
            return runs.get(runId).state();
        } catch (PrefectApiException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<RunLogEntry> infoRows(String id) {
        try {
            return new RunLogTail(client, id, PrefectLogLevel.INFO).poll();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the log of run " + id, e);
        }
    }
}
