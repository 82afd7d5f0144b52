package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eltdeck.AppContext;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectServer;
import eltdeck.prefect.emulator.PrefectEmulator;
import eltdeck.prefect.emulator.PrefectReference;
import eltdeck.profile.Secrets;
import eltdeck.testvm.Await;
import eltdeck.testvm.EmulatorVm;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Prefect verbs end to end: the emulator runs as its own JVM inside the namespace VM on the VM's 127.0.0.1:4200,
 * reachable only over SSH; the CLI reaches it through its own forward, and the test drives the emulator's control
 * endpoint through a forward of its own.
 */
class PrefectThroughTunnelTest {
    private static final Pattern RUN_ID = Pattern.compile("Run ([0-9a-f-]{36}) ");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dir;
    static EmulatorVm vm;
    static AppContext context;

    @BeforeAll
    static void start() throws Exception {
        Path sdl = PrefectReference.requireSdl();
        vm = EmulatorVm.start(dir, namespace -> PrefectEmulator.startIn(namespace, sdl, "127.0.0.1", dir.resolve("emulator.log")), 4200);
        context = AppContext.open(dir.resolve("home"), Secrets.none());
        context.profiles().add(vm.profile());
    }

    @AfterAll
    static void stop() {
        if (vm != null) {
            vm.close();
        }
    }

    @Test
    void schedulesRunsLogsAndCancelThroughTheConsolesOwnTunnel() throws Exception {
        CliRun empty = CliRun.of(context, "flows", "list", "vm");
        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("the Prefect server has no tenant", "eltdeck deploy vm --create-tenant", "No flows are registered");
        assertThat(control("agent", Map.of("labels", List.of("etl"))).statusCode()).isEqualTo(400);

        new PrefectServer(new GraphQlClient(URI.create("http://127.0.0.1:" + vm.controlPort() + "/graphql"))).ensureTenant();
        control("flow", PrefectCommandsTest.ALL_ETL);
        control("agent", Map.of("labels", List.of("etl")));

        CliRun set = CliRun.of(context, "schedule", "set", "vm", "all-etl", "--cron", "30 2 * * *", "--param", "env=prod",
                "--default", "env=test", "--tz", "Europe/Berlin");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("At 02:30, every day (Europe/Berlin) with env=prod");
        assertThat(CliRun.of(context, "schedule", "on", "vm", "all-etl").out()).contains("Schedule ON");
        assertThat(CliRun.of(context, "schedule", "off", "vm", "all-etl").out()).contains("Schedule OFF");
        assertThat(CliRun.of(context, "schedule", "on", "vm", "all-etl").out()).contains("Schedule ON");
        assertThat(CliRun.of(context, "flows", "list", "vm").out()).contains("schedule: on, At 02:30, every day")
                .doesNotContain("no tenant", "no agent");

        control("script", Map.of("lines", 30, "batch", 7, "line_ms", 40, "upload_delay_ms", 1500, "outcome", "Success"));
        CliRun followed = CliRun.of(context, "run", "vm", "all-etl", "--param", "env=prod", "--follow");
        assertThat(followed.exitCode()).as(followed.out() + followed.err()).isZero();
        List<String> numbered = followed.out().lines().filter(l -> l.contains("step line")).toList();
        assertThat(numbered).hasSize(30);
        for (int i = 0; i < 30; i++) {
            assertThat(numbered.get(i)).endsWith(String.format("step line %03d of 030", i + 1));
        }
        String runId = runId(followed.out());
        assertThat(followed.out().lines().filter(l -> l.contains(" | ")).count())
                .isEqualTo(JSON.readTree(control("logs", Map.of("run_id", runId)).body()).path("result").size());

        control("script", Map.of("lines", 1, "batch", 1, "line_ms", 50, "upload_delay_ms", 0, "outcome", "Hang"));
        String hanging = runId(CliRun.of(context, "run", "vm", "all-etl", "--param", "env=prod").out());
        Await.until(Duration.ofSeconds(30), "the run is running",
                () -> CliRun.of(context, "runs", "list", "vm", "--state", "Running").out().contains(hanging));
        assertThat(CliRun.of(context, "runs", "cancel", "vm", hanging).out()).contains("is Cancelling");
        Await.until(Duration.ofSeconds(30), "the run is cancelled",
                () -> CliRun.of(context, "runs", "list", "vm", "--state", "Cancelled").out().contains(hanging));
        assertThat(CliRun.of(context, "runs", "logs", "vm", hanging).out()).contains("Flow run is cancelled", "State: Cancelled");

        control("agent-stop", Map.of());
        String waiting = runId(CliRun.of(context, "run", "vm", "all-etl", "--param", "env=prod").out());
        // With the agent stopped (the answer came after it was), nothing moves the run on: no time to wait for.
        assertThat(CliRun.of(context, "runs", "list", "vm", "--state", "Scheduled").out()).contains(waiting);
    }

    private static HttpResponse<String> control(String op, Map<String, Object> body) throws Exception {
        return vm.control(op, body);
    }

    private static String runId(String out) {
        Matcher m = RUN_ID.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }
}
