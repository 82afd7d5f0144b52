package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eltdeck.AppContext;
import eltdeck.airbyte.emulator.AirbyteEmulator;
import eltdeck.airbyte.emulator.AirbyteReference;
import eltdeck.secret.Secret;
import eltdeck.testvm.EmulatorVm;
import eltdeck.ui.testsupport.MemoryKeychain;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Airbyte verbs end to end: the emulator runs as its own JVM inside the namespace VM on the VM's 127.0.0.1:8001,
 * reachable only over SSH; the CLI reaches it through its own forward of 8001, and the test reads the emulator's
 * control endpoint through a forward of its own.
 */
class AirbyteThroughTunnelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dir;
    static EmulatorVm vm;
    static AppContext context;

    @BeforeAll
    static void start() throws Exception {
        Path spec = AirbyteReference.requireSpec(AirbyteReference.V0_40_32);
        vm = EmulatorVm.start(dir, namespace -> AirbyteEmulator.startIn(namespace, spec, dir.resolve("emulator.log")), 8001);
        context = AppContext.open(dir.resolve("home"), new MemoryKeychain());
        context.profiles().add(vm.profile());
        context.secrets().put("airbyte-password:vm", Secret.of(AirbyteEmulator.PASSWORD));
    }

    @AfterAll
    static void stop() {
        if (vm != null) {
            vm.close();
        }
    }

    @Test
    void connectionsSyncAndJobsThroughTheConsolesOwnTunnelTo8001() throws Exception {
        CliRun list = CliRun.of(context, "airbyte", "connections", "vm");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("orders-to-snowflake +Shop Postgres → Warehouse +every 24 hours +active +never");

        control("script", Map.of("pending_ms", 300, "running_ms", 3500, "lines", 10));
        CliRun sync = CliRun.of(context, "airbyte", "sync", "vm", "orders-to-snowflake", "--follow");
        assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
        assertThat(sync.out()).contains(": running", ": succeeded", "attempt 1: succeeded, 1200 records");
        Matcher id = Pattern.compile("Sync job (\\d+) ").matcher(sync.out());
        assertThat(id.find()).as(sync.out()).isTrue();

        control("script", Map.of("pending_ms", 100, "running_ms", 2500, "lines", 5));
        assertThat(CliRun.of(context, "airbyte", "sync", "vm", "payments-to-snowflake").exitCode()).isZero();
        CliRun again = CliRun.of(context, "airbyte", "sync", "vm", "payments-to-snowflake", "--follow");
        assertThat(again.out()).contains("A sync of payments-to-snowflake is already running", "following it.");
        assertThat(again.exitCode()).isZero();

        CliRun jobs = CliRun.of(context, "airbyte", "jobs", "vm", "orders-to-snowflake");
        assertThat(jobs.exitCode()).as(jobs.err()).isZero();
        assertThat(jobs.out()).containsPattern(id.group(1) + " +succeeded ");

        CliRun wrongRoute = CliRun.of(context, "airbyte", "connections", "vm", "--airbyte-url", "8000");
        assertThat(wrongRoute.exitCode()).as("nothing listens on the VM's 8000").isEqualTo(1);
        assertThat(wrongRoute.err()).contains("is Airbyte running");

        assertThat(JSON.readTree(control("violations", Map.of()).body()).path("result")).as("requests the spec refuses").isEmpty();
    }

    private static HttpResponse<String> control(String op, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = vm.control(op, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
