package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eltdeck.AppContext;
import eltdeck.prefect.Flow;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectServer;
import eltdeck.prefect.emulator.PrefectEmulator;
import eltdeck.prefect.emulator.PrefectReference;
import eltdeck.profile.Secrets;
import eltdeck.testvm.ChildProcess;
import eltdeck.testvm.ConnectedDockerVm;
import eltdeck.tunnel.EphemeralForward;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eltdeck flows register} end to end on the Docker test VM: the Prefect emulator runs as its own JVM in the VM
 * on 0.0.0.0:4200 in Apollo's place, so the console reaches it through its tunnel and the agent container's python3
 * through the docker bridge's gateway, sending the mutations Prefect 1's {@code flow.register()} sends.
 */
class FlowRegisterOnDockerVmTest {
    private static final String FLOW_FILE = "flows/all_etl_flow.py";

    @TempDir
    static Path dir;
    static ConnectedDockerVm testVm;
    static ChildProcess emulator;
    static EphemeralForward control;
    static GraphQlClient api;
    static AppContext context;

    @BeforeAll
    static void start() throws Exception {
        Path sdl = PrefectReference.requireSdl();
        testVm = ConnectedDockerVm.start(dir, "register");
        emulator = PrefectEmulator.startIn(testVm.vm().vm(), sdl, "0.0.0.0", dir.resolve("emulator.log"));
        context = AppContext.open(dir.resolve("app"), Secrets.none());
        context.profiles().add(testVm.profile().withName("vm"));
        testVm.repo().commit("docker/docker-compose.yml", composeWithTheEmulatorAsApollo(), "The emulator plays Apollo");
        CliRun config = cli("stack", "config", "vm", "--repo", testVm.repo().url(), "--remote-dir", "~/stack");
        assertThat(config.exitCode()).as(config.err()).isZero();
        CliRun deploy = cli("deploy", "vm", "--create-tenant");
        assertThat(deploy.exitCode()).as(deploy.out() + deploy.err()).isZero();
        control = EphemeralForward.open(testVm.link(), 4200);
        api = new GraphQlClient(URI.create("http://127.0.0.1:" + control.localPort() + "/graphql"));
    }

    @AfterAll
    static void stop() {
        if (control != null) {
            control.close();
        }
        if (emulator != null) {
            emulator.stop();
        }
        ConnectedDockerVm.close(testVm);
    }

    @Test
    void registersANewVersionOnlyWhenTheFlowFileChangedAndTheRegistrationSwitchesTheScheduleOn() throws Exception {
        CliRun noProject = cli("flows", "register", "vm", "all_etl_flow.py");
        assertThat(noProject.exitCode()).isEqualTo(1);
        assertThat(noProject.out()).contains("Project elt not found", "all_etl_flow.py: failed (python3 exited 1)");

        createProject("elt"); // what the user does once: prefect create project elt
        CliRun first = cli("flows", "register", "vm", "all_etl_flow.py");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("Flow URL: http://localhost:8080/default/flow/", " └── Project: elt",
                " └── Labels: ['etl']", "all_etl_flow.py: registered elt/all-etl (version 1)");
        assertThat(cli("schedule", "set", "vm", "all-etl", "--cron", "0 3 * * *").exitCode()).isZero();
        assertThat(cli("schedule", "off", "vm", "all-etl").out()).contains("Schedule OFF");

        CliRun unchanged = cli("flows", "register", "vm", "all_etl_flow.py");
        assertThat(unchanged.exitCode()).as(unchanged.out() + unchanged.err()).isZero();
        assertThat(unchanged.out()).contains("all_etl_flow.py: unchanged");
        assertThat(cli("flows", "list", "vm").out()).contains("elt/all-etl  version 1", "schedule: off");

        String flow = new String(FlowRegisterOnDockerVmTest.class.getResourceAsStream("/stack-standin/" + FLOW_FILE)
                .readAllBytes(), StandardCharsets.UTF_8);
        testVm.repo().commit(FLOW_FILE, flow.replace("    dbt_command = Parameter(",
                "    full_refresh = Parameter(\"full_refresh\", default=False)\n    dbt_command = Parameter("), "A full-refresh parameter");
        CliRun changed = cli("flows", "register", "vm", "all_etl_flow.py");
        assertThat(changed.exitCode()).as(changed.out() + changed.err()).isZero();
        assertThat(changed.out()).contains("all_etl_flow.py: registered elt/all-etl (version 2)");
        assertThat(cli("flows", "list", "vm").out()).contains("elt/all-etl  version 2", "schedule: on, At 03:00");

        JsonNode versions = api.execute("query { flow(where: {name: {_eq: \"all-etl\"}}, order_by: {version: asc})"
                + " { version archived is_schedule_active parameters } }", Map.of()).path("flow");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("archived").asBoolean()).as("version 1 archived").isTrue();
        assertThat(versions.get(1).path("archived").asBoolean()).isFalse();
        assertThat(versions.get(1).path("is_schedule_active").asBoolean()).as("switched on by the registration").isTrue();
        assertThat(versions.get(1).path("parameters").findValuesAsText("name")).containsExactly("connection_ids", "full_refresh", "dbt_command");
    }

    private static void createProject(String name) throws Exception {
        String tenant = new PrefectServer(api).ensureTenant();
        api.execute("mutation($input: create_project_input!) { create_project(input: $input) { id } }",
                Map.of("input", Map.of("tenant_id", tenant, "name", name)));
    }

    /** The stand-in stack without Apollo's port, its agent pointed at the VM through the docker bridge's gateway. */
    private static String composeWithTheEmulatorAsApollo() throws Exception {
        String compose = new String(FlowRegisterOnDockerVmTest.class.getResourceAsStream("/stack-standin/docker/docker-compose.yml")
                .readAllBytes(), StandardCharsets.UTF_8);
        String edited = compose.replace("    command: apollo-standin\n    ports:\n      - \"127.0.0.1:4200:4200\"\n", "    command: apollo-standin\n")
                .replace("      - PREFECT__SERVER__HOST=http://apollo\n",
                        "      - PREFECT__SERVER__HOST=http://host.docker.internal\n")
                .replace("    volumes:\n      - ../flows:/root/flows\n",
                        "    extra_hosts:\n      - \"host.docker.internal:host-gateway\"\n    volumes:\n      - ../flows:/root/flows\n");
        assertThat(edited).as("the stand-in stack's compose file changed: edit this test's copy").doesNotContain("4200:4200")
                .contains("host-gateway", "PREFECT__SERVER__HOST=http://host.docker.internal");
        return edited;
    }

    private static CliRun cli(String... args) {
        return CliRun.of(context, args);
    }
}
