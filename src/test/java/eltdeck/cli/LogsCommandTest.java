package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.logs.LogSink;
import eltdeck.logs.SourceLine;
import eltdeck.profile.Secrets;
import eltdeck.ssh.SshLink;
import eltdeck.stack.ContainerInfo;
import eltdeck.stack.ContainerLogOptions;
import eltdeck.stack.ContainerLogSource;
import eltdeck.stack.RemoteShell;
import eltdeck.stack.StackControl;
import eltdeck.stack.StackPaths;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import eltdeck.testvm.Await;
import eltdeck.testvm.ConnectedDockerVm;
import eltdeck.testvm.StackRepository;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Container logs on the real Docker test VM with the stand-in stack up: the log source and {@code eltdeck logs}. */
class LogsCommandTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static ConnectedDockerVm testVm;
    static AppContext context;
    static SshLink link;

    @BeforeAll
    static void start() throws Exception {
        testVm = ConnectedDockerVm.start(dir, "logs");
        StackRepository repo = testVm.repo();
        link = testVm.link();
        context = AppContext.open(dir.resolve("app"), Secrets.none());
        context.profiles().add(testVm.profile().withName("vm"));
        assertThat(CliRun.of(context, "stack", "config", "vm", "--repo", repo.url(), "--remote-dir", "~/stack").exitCode()).isZero();
        vm("git clone -q " + repo.url() + " ~/stack && cd ~/stack/docker && docker-compose up -d 2>&1");
        Await.until(WAIT, "the agent's readiness line", () -> vm("docker logs docker_agent_1 2>&1").contains("Waiting for flow runs..."));
    }

    @AfterAll
    static void stop() {
        ConnectedDockerVm.close(testVm);
    }

    @Test
    void aFollowedContainerLogEndsOnTheVmWhenItsSourceStops() throws Exception {
        StackSettings settings = new StackSettingsStore(context.database()).get("vm");
        RemoteShell shell = new RemoteShell(link);
        ContainerInfo agent = new StackControl(shell, StackPaths.resolve(shell, settings)).containers().stream()
                .filter(c -> c.service().equals("agent")).findFirst().orElseThrow();
        List<SourceLine> lines = new CopyOnWriteArrayList<>();
        ContainerLogSource source = new ContainerLogSource(link, agent, new ContainerLogOptions(OptionalInt.of(3), Optional.empty(), true));

        source.start(new LogSink() {
            @Override
            public void accept(String stream, List<SourceLine> batch) {
                lines.addAll(batch);
            }

            @Override
            public void ended(String stream, Exception error) {
                lines.add(SourceLine.untimed("ended early: " + error));
            }
        });
        Await.until(WAIT, "the agent's last 3 lines", () -> lines.size() >= 3);
        assertThat(remoteDockerLogs()).as("docker logs -f runs while followed").isNotEmpty();
        source.stop();

        Await.until(Duration.ofSeconds(5), "docker logs -f to end with its channel", () -> remoteDockerLogs().isEmpty());
        assertThat(lines).hasSize(3).allMatch(l -> l.timestamp() != null).last().extracting(SourceLine::text).asString()
                .contains("Waiting for flow runs...");
    }

    @Test
    void twoServicesMergeInTimeOrderEachLinePrefixedAndColoursStrippedOffATerminal() {
        CliRun run = CliRun.of(context, "logs", "vm", "agent", "fast-logger", "--tail", "5", "--timestamps");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(10).noneMatch(l -> l.contains("\u001b["));
        assertThat(lines.stream().filter(l -> l.startsWith("agent       | "))).hasSize(5);
        assertThat(lines.stream().filter(l -> l.startsWith("fast-logger | "))).hasSize(5)
                .allMatch(l -> l.matches("fast-logger \\| \\S+ \\S+ \\w+ +fast-logger line \\d+"));
        List<Instant> times = lines.stream().map(l -> Instant.parse(l.substring(14, l.indexOf(' ', 14)))).toList();
        assertThat(times).isSorted();
    }

    @Test
    void grepKeepsOnlyMatchingLinesAndAnInvalidRegexIsAClearError() {
        CliRun run = CliRun.of(context, "logs", "vm", "fast-logger", "--tail", "200", "--grep", "line \\d*7$");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSizeBetween(15, 25).allMatch(l -> l.matches("fast-logger \\| .*line \\d*7"));

        CliRun invalid = CliRun.of(context, "logs", "vm", "--grep", "(unclosed");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.err()).startsWith("eltdeck: --grep: ");
    }

    @Test
    void followingEveryServiceUntilInterruptedLeavesNoDockerLogsOnTheVm() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread cli = new Thread(() -> exit.set(EltDeckCli.run(new String[] {"logs", "vm", "-f", "--tail", "1"}, () -> context,
                new Terminal(out, OutputStream.nullOutputStream()))));
        int containers = vm("docker ps -aq --filter label=com.docker.compose.project=docker").strip().split("\n").length;
        cli.start();
        try {
            Await.until(WAIT, "a docker logs -f per container", () -> remoteDockerLogs().lines().count() == containers,
                    LogsCommandTest::remoteDockerLogs);
            Await.until(WAIT, "the fast logger's new lines", () -> out.toString(StandardCharsets.UTF_8).contains("fast-logger | "));
        } finally {
            cli.interrupt();
            cli.join(10_000);
        }

        assertThat(cli.isAlive()).isFalse();
        assertThat(exit.get()).isEqualTo(130);
        Await.until(Duration.ofSeconds(5), "every docker logs -f to end", () -> remoteDockerLogs().isEmpty());
    }

    @Test
    void sigtermToAFollowingProcessLeavesNoDockerLogsOnTheVm() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(CliRun.javaCommand("logs", "vm", "fast-logger", "agent", "-f", "--tail", "1"))
                .redirectErrorStream(true);
        pb.environment().put("ELTDECK_HOME", dir.resolve("app").toString());
        Process process = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("the first line of the followed logs").isNotNull().contains(" | ");
            Await.until(WAIT, "both docker logs -f", () -> remoteDockerLogs().lines().count() == 2, LogsCommandTest::remoteDockerLogs);
            process.toHandle().destroy(); // SIGTERM, as Ctrl+C's SIGINT also ends in the shutdown hooks
            out.transferTo(Writer.nullWriter());
        } finally {
            process.destroyForcibly();
        }

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        Await.until(Duration.ofSeconds(5), "both docker logs -f to end", () -> remoteDockerLogs().isEmpty(), LogsCommandTest::remoteDockerLogs);
    }

    private static String remoteDockerLogs() {
        return testVm.dockerLogsReaders();
    }

    private static String vm(String commandLine) {
        return testVm.run(commandLine);
    }
}
