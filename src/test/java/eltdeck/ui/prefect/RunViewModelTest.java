package eltdeck.ui.prefect;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.FlowRuns;
import eltdeck.prefect.FlowSchedules;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectLogLevel;
import eltdeck.prefect.RunRequest;
import eltdeck.prefect.emulator.RunScripts;
import eltdeck.testvm.Await;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's page against the emulator: cancelling shows Cancelling, then Cancelled; the log follows the chosen level. */
class RunViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    Path dir;
    private PrefectUi prefect;
    private GraphQlClient client;

    @BeforeEach
    void start() throws Exception {
        prefect = new PrefectUi(dir);
        prefect.emulator.createTenant();
        prefect.emulator.registerFlow(FlowsViewModelTest.ALL_ETL);
        client = new GraphQlClient(URI.create(prefect.emulator.url()));
        new FlowSchedules(client).setDefaultParameters(new FlowCatalog(client).find("all-etl"), Map.of("env", "prod"));
    }

    @AfterEach
    void stop() {
        prefect.close();
    }

    @Test
    void cancellingARunningRunShowsCancellingThenCancelled() throws Exception {
        prefect.emulator.playRunsAs(RunScripts.lateBatches(10, "Hang"));
        prefect.emulator.startAgent(List.of("etl"));
        String id = new FlowRuns(client).create(RunRequest.of(new FlowCatalog(client).find("all-etl"), Map.of(), "long one"));
        RunViewModel page = prefect.ui.call(() -> prefect.page(client, id));
        prefect.ui.await(WAIT, () -> page.runProperty().get() != null && "Running".equals(page.runProperty().get().state()));

        List<String> seen = new ArrayList<>();
        prefect.ui.run(() -> page.runProperty().addListener((o, was, now) -> seen.add(now.state())));
        prefect.ui.run(page::cancel);
        assertThat(prefect.ui.call(() -> page.cancelRequestedProperty().get())).isTrue();
        prefect.ui.await(WAIT, () -> page.finishedProperty().get());
        assertThat(seen).contains("Cancelling").endsWith("Cancelled");
        assertThat(prefect.ui.call(() -> page.states().stream().map(s -> s.state()).toList())).contains("Cancelling", "Cancelled");
        assertThat(prefect.notices).containsExactly("Run 'long one' of all-etl ended Cancelled: Flow run is cancelled");
        // Cancelling again does nothing: the run is finished.
        prefect.ui.run(page::cancel);
        assertThat(prefect.ui.call(() -> page.errorProperty().get())).isEmpty();
    }

    @Test
    void linesOfSeveralProcessesUploadedLateTakeTheirPlaceInTheLog() throws Exception {
        prefect.emulator.playRunsAs(RunScripts.randomlyLate(60, 3, Duration.ofMillis(1000), 5));
        prefect.emulator.startAgent(List.of("etl"));
        String id = new FlowRuns(client).create(RunRequest.of(new FlowCatalog(client).find("all-etl"), Map.of(), null));
        RunViewModel page = prefect.ui.call(() -> prefect.page(client, id));
        prefect.ui.await(WAIT, () -> page.log().statusProperty().get().contains("ended"));
        prefect.ui.run(() -> page.log().pulse());

        List<Integer> steps = prefect.ui.call(() -> page.log().visibleLines().stream().map(l -> l.plainText())
                .filter(t -> t.contains("step line")).map(t -> Integer.parseInt(t.replaceAll(".*step line (\\d+) of.*", "$1"))).toList());
        assertThat(steps).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 60).boxed().toList());
    }

    @Test
    void aRunThatEndedBeforeThePageOpenedIsShownWithoutANotice() throws Exception {
        prefect.emulator.startAgent(List.of("etl"));
        FlowRuns runs = new FlowRuns(client);
        String id = runs.create(RunRequest.of(new FlowCatalog(client).find("all-etl"), Map.of(), null));
        Await.until(WAIT, "run " + id + " to finish", () -> isFinished(runs, id));
        RunViewModel page = prefect.ui.call(() -> prefect.page(client, id));
        prefect.ui.await(WAIT, () -> page.finishedProperty().get());
        assertThat(prefect.ui.call(() -> page.runProperty().get().state())).isEqualTo("Success");
        prefect.ui.await(WAIT, () -> {
            page.log().pulse();
            return page.log().visibleLines().size() > 3;
        });
        int atInfo = prefect.ui.call(() -> page.log().visibleLines().size());

        prefect.ui.run(() -> page.levelProperty().set(PrefectLogLevel.ERROR));
        prefect.ui.await(WAIT, () -> {
            page.log().pulse();
            return page.log().statusProperty().get().contains("ended");
        });
        assertThat(prefect.ui.call(() -> page.log().visibleLines().size())).isLessThan(atInfo);
        assertThat(prefect.notices).isEmpty();
    }

    static boolean isFinished(FlowRuns runs, String id) {
        try {
            return runs.get(id).isFinished();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read run " + id, e);
        }
    }
}
