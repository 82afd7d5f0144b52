package eltdeck.testvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.tunnel.ConnectionSupervisor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker test VM, and how to use it: over SSH, as a user would, the stand-in stack is cloned from the test's
 * git repository and brought up with docker-compose v1 by the VM's own engine; then what later tests rely on is
 * shown to hold. One VM for the class. Needs root.
 */
class DockerVmTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String HELLO = "{\"data\":{\"hello\":\"👋\"}}";

    @TempDir
    static Path dir;
    static DockerVm vm;
    static StackRepository repo;
    static Profile profile;
    static SshLink link;
    /** The clone on the VM; the VM shares this machine's file system, so it lives under the test's directory. */
    static String stackDir;

    @BeforeAll
    static void startTheVmAndDeployTheStack() throws Exception {
        Prerequisites.requireDockerVm();
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "docker-vm", null);
        long begin = System.nanoTime();
        vm = DockerVm.start(dir, Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"));
        System.out.printf("Docker VM up in %d ms; containerd and dockerd took %d ms of it%n",
                Duration.ofNanos(System.nanoTime() - begin).toMillis(), vm.engine().startupTime().toMillis());
        repo = StackRepository.create(Files.createDirectories(dir.resolve("git")));
        profile = vm.sshd().profile(key.privateKey(), vm.sshd().writeKnownHosts(dir.resolve("known_hosts")));
        link = new SshConnector(NoPassphrase.SOURCE, null).connect(profile, HostKeyPolicy.STRICT);
        stackDir = vm.home().resolve("stack").toString();

        run("git clone -q " + repo.url() + " ~/stack && cd ~/stack/docker && docker-compose up -d");
    }

    @AfterAll
    static void stopTheVm() {
        if (link != null) {
            link.close();
        }
        if (vm != null) {
            vm.close();
        }
    }

    @Test
    void dockerOverSshIsDebiansClientTalkingToTheVmsOwnEngine() throws Exception {
        String version = vm.engine().docker("version", "--format", "{{.Server.Version}}").strip();

        assertThat(run("echo $DOCKER_HOST").strip()).isEqualTo(vm.engine().host());
        assertThat(run("docker version --format '{{.Client.Version}} {{.Server.Version}}'").strip())
                .isEqualTo(version + " " + version);
        assertThat(run("docker-compose version --short").strip()).startsWith("1.");
    }

    @Test
    void composeV1NamesContainersProjectServiceNumberAndLabelsFindEachService() throws Exception {
        String table = run("cd ~/stack/docker && docker-compose ps");
        String json = run("docker ps --format '{{json .}}'");
        System.out.println("docker-compose ps:\n" + table + "\ndocker ps --format '{{json .}}':\n" + json);

        assertThat(table).contains("docker_agent_1", "docker_apollo_1", "docker_ui_1", "docker_fast-logger_1",
                "docker_slow-start_1", "127.0.0.1:4200->4200/tcp", "127.0.0.1:8080->8080/tcp");
        assertThat(run("docker ps --filter label=com.docker.compose.project=docker"
                + " --filter label=com.docker.compose.service=agent --format '{{.Names}}'").strip()).isEqualTo("docker_agent_1");
        assertThat(run("docker inspect --format '{{index .Config.Labels \"com.docker.compose.project.working_dir\"}}'"
                + " docker_agent_1").strip()).isEqualTo(stackDir + "/docker");
    }

    @Test
    void theAgentPrintsPrefectsStartUpTextAndGetsTheEnvFileAndFlows() throws Exception {
        Await.until(WAIT, "the agent's readiness line", () -> agentLog().contains("| Waiting for flow runs..."), DockerVmTest::agentLog);
        String log = agentLog();

        assertThat(log).containsSubsequence("INFO - agent | Registering agent...", "INFO - agent | Registration successful!",
                "|_|   |_|  \\___|_|  \\___|\\___|\\__| /_/   \\_\\__, |\\___|_| |_|\\__|",
                "INFO - agent | Starting LocalAgent with labels ['etl']", "INFO - agent | Waiting for flow runs...");
        assertThat(log.lines().filter(l -> l.startsWith("["))).allMatch(
                l -> l.matches("\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}] INFO - agent \\| .*"));
        // Names listed under environment: without a value take it from docker/.env.
        assertThat(run("docker exec docker_agent_1 env")).contains("SNOWFLAKE_ACCOUNT=xy12345.eu-central-1",
                "PREFECT__CONTEXT__SECRETS__SNOWFLAKE_PASSWORD=stand-in-password");
        // The flow file registers with Apollo at PREFECT__SERVER__HOST; this Apollo stand-in knows no projects.
        assertThat(run("docker exec docker_agent_1 sh -c 'python3 all_etl_flow.py 2>&1; echo exit $?'"))
                .contains("File \"/root/flows/all_etl_flow.py\"", "requests.exceptions.HTTPError", "http://apollo:4200/graphql", "exit 1");
    }

    @Test
    void apolloAnswersHelloInsideTheVmAndThroughATunnelAndTheUiServesItsPage() throws Exception {
        String hello = "busybox wget -q -O- --header 'Content-Type: application/json'"
                + " --post-data '{\"query\":\"query { hello }\"}' http://127.0.0.1:4200/graphql";
        Await.until(WAIT, "Apollo's stand-in on the VM's 127.0.0.1:4200", () -> tryRun(hello).equals(HELLO));

        int apollo = FreePort.find();
        int ui = FreePort.find();
        Profile tunnels = profile.withTunnels(List.of(new TunnelSpec("Prefect API", 4200, apollo), new TunnelSpec("Prefect UI", 8080, ui)));
        try (ConnectionSupervisor supervisor = new ConnectionSupervisor(tunnels, new SshConnector(NoPassphrase.SOURCE, null),
                HostKeyPolicy.STRICT, Duration.ofMillis(500))) {
            TunnelWatch watch = TunnelWatch.on(supervisor);
            supervisor.start();
            assertThat(supervisor.awaitConnected(WAIT)).as(watch.describe()).isTrue();
            watch.awaitAllUp(WAIT);

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + apollo + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"query { hello }\"}")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(HELLO);
            assertThat(HttpProbe.get(ui, Duration.ofSeconds(5))).contains("<title>Prefect UI stand-in</title>");
        }
    }

    @Test
    void dockerLogsFollowEndsWithItsChannelOnlyWhenThereIsAPty() throws Exception {
        String withPty = "docker logs -f --tail 20 docker_agent_1";
        String withoutPty = "docker logs -f --tail 21 docker_agent_1";
        Await.until(WAIT, "the agent's readiness line", () -> agentLog().contains("Waiting for flow runs..."));

        assertThat(followThenClose(withPty, true)).as("running while followed").isNotBlank();
        Await.until(Duration.ofSeconds(5), "`" + withPty + "` to end with its channel", () -> remotePids(withPty).isEmpty());

        String running = followThenClose(withoutPty, false);
        Thread.sleep(2000);
        assertThat(remotePids(withoutPty)).as("without a pty, `docker logs -f` of a quiet container outlives its channel")
                .isNotBlank().isEqualTo(running);
        run("kill " + running.replace('\n', ' '));
    }

    @Test
    void theFastLoggerLogsThousandsOfNumberedColouredLinesPerSecond() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int seconds = 3;
        int code = link.exec(RemoteCommand.script("timeout " + seconds + " docker logs -f --tail 0 docker_fast-logger_1"), out,
                OutputStream.nullOutputStream(), false);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        System.out.println("fast-logger: " + lines.size() / seconds + " lines/s over SSH; first line: " + lines.get(0));

        assertThat(code).as("timeout's exit code").isEqualTo(124);
        assertThat(lines.size() / seconds).as("lines per second").isGreaterThan(500);
        Pattern line = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ \u001b\\[3\\dm\\w+ *\u001b\\[0m fast-logger line (\\d+)");
        long first = lineNumber(line, lines.get(0));
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lineNumber(line, lines.get(i))).as("line %d: %s", i, lines.get(i)).isEqualTo(first + i);
        }
    }

    @Test
    void theSlowServiceTurnsHealthyAndTheFailingOneExitsWithItsMessage() throws Exception {
        Await.until(WAIT, "slow-start healthy", () -> tryRun("docker inspect --format '{{.State.Health.Status}}' docker_slow-start_1")
                .strip().equals("healthy"));
        assertThat(run("docker logs docker_slow-start_1")).containsSubsequence("ready in 5 s", "slow-start: ready");

        run("cd ~/stack/docker && docker-compose up -d failing");
        Await.until(WAIT, "the failing service to exit", () -> tryRun("docker inspect --format '{{.State.Status}} {{.State.ExitCode}}'"
                + " docker_failing_1").strip().equals("exited 1"));
        assertThat(run("docker logs docker_failing_1 2>&1")).contains("fail-start: cannot start: SNOWFLAKE_WAREHOUSE is not set");
    }

    @Test
    void aNewCommitReachesTheVmWithGitPullAndTheAgentSeesTheFlow() throws Exception {
        String commit = repo.commit("flows/new_flow.py", "print('a new flow')\n", "Add a flow");

        assertThat(run("cd ~/stack && git pull -q && git rev-parse HEAD").strip()).isEqualTo(commit);
        assertThat(run("docker exec docker_agent_1 python3 new_flow.py")).contains("python3 stand-in ran: python3 new_flow.py");
    }

    /** Runs a command line on the VM; its stdout, or an assertion error with its stderr if it exits non-zero. */
    private static String run(String commandLine) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = link.exec(RemoteCommand.script(commandLine), out, err, false);
        assertThat(code).as("exit code of `%s`; stdout: %s; stderr: %s", commandLine, out, err).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** As {@link #run}, with an empty answer instead of a failure: for polling. */
    private static String tryRun(String commandLine) {
        try {
            return run(commandLine);
        } catch (Exception | AssertionError e) {
            return "";
        }
    }

    private static String agentLog() {
        return tryRun("docker logs docker_agent_1");
    }

    /** PIDs on the VM running exactly {@code commandLine}, one per line. */
    private static String remotePids(String commandLine) {
        // -x: the whole command line, so not the shell running pgrep, whose command line holds the pattern too.
        return tryRun("pgrep -f -x '" + commandLine + "' || true").strip();
    }

    /**
     * Streams a command's output until the agent's readiness line arrives, then closes the channel as a log view
     * does when the user closes it: the output stream throws, and {@link SshLink#exec} disconnects the channel.
     *
     * @return the command's PIDs on the VM just before the channel closed
     */
    private static String followThenClose(String commandLine, boolean pty) {
        String marker = "Waiting for flow runs...";
        StringBuilder running = new StringBuilder();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        OutputStream closeOnMarker = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                seen.write(b, off, len);
                if (seen.toString(StandardCharsets.UTF_8).contains(marker)) {
                    running.append(remotePids(commandLine));
                    throw new IOException("closing the channel after '" + marker + "'");
                }
            }
        };
        assertThatThrownBy(() -> link.exec(RemoteCommand.of(commandLine.split(" ")), closeOnMarker, closeOnMarker, pty)).isInstanceOf(IOException.class)
                .hasMessageContaining(marker);
        return running.toString();
    }

    private static long lineNumber(Pattern line, String text) {
        Matcher m = line.matcher(text);
        assertThat(m.matches()).as("a fast-logger line: %s", text).isTrue();
        return Long.parseLong(m.group(1));
    }
}
