package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.secret.Secret;
import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshLink;
import eltdeck.store.Database;
import eltdeck.testvm.ConnectedDockerVm;
import eltdeck.testvm.StackRepository;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline itself on the Docker test VM: cancel, and secrets (a .env canary, a git token canary) that never leak. */
class DeployPipelineVmTest {
    private static final String ENV_CANARY = "env-canary-7d1f0c";
    private static final String TOKEN_CANARY = "ghp_tokencanary4242";

    @TempDir
    static Path dir;
    static ConnectedDockerVm testVm;
    static SshLink link;
    static StackSettings settings;
    static DeployHistory history;
    static Path appLog;

    @BeforeAll
    static void start() throws Exception {
        testVm = ConnectedDockerVm.start(dir, "pipeline");
        StackRepository repo = testVm.repo();
        link = testVm.link();
        settings = StackSettings.forRepository(repo.url()).withRemoteDir("~/stack");
        history = new DeployHistory(Database.open(dir.resolve("eltdeck.db")));
    }

    @AfterAll
    static void stop() {
        ConnectedDockerVm.close(testVm);
    }

    @Test
    void aCanarySecretAndAGitTokenNeverShowOnTheVmsCommandLinesTheAuditTheHistoryOrTheOutput() throws Exception {
        RemoteShell shell = new RemoteShell(link);
        StackPaths paths = StackPaths.resolve(shell, settings);
        Recorder first = new Recorder(null);
        assertThat(pipeline(shell, paths, first).run(options(Optional.of(Secret.of(TOKEN_CANARY)))).succeeded()).as(first.text()).isTrue();
        RemoteFiles files = new RemoteFiles(link);
        RemoteFiles.Snapshot env = files.read(paths.envFile()).orElseThrow();
        files.write(paths.envFile(), env.text().replace("stand-in-password", ENV_CANARY).getBytes(StandardCharsets.UTF_8), env, Instant.now());

        List<String> processes = new CopyOnWriteArrayList<>();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                processes.add(tryVm("ps -eo args"));
            }
        });
        sampler.start();
        Recorder second = new Recorder(null);
        DeployResult result = pipeline(shell, paths, second).run(options(Optional.of(Secret.of(TOKEN_CANARY))));
        sampling.set(false);
        sampler.join();

        assertThat(result.succeeded()).as(second.text()).isTrue();
        assertThat(processes).hasSizeGreaterThan(5).allSatisfy(ps -> assertThat(ps).doesNotContain(ENV_CANARY, TOKEN_CANARY));
        // The samples saw the deploy at work (git is brief; compose runs for seconds), so their silence means something.
        assertThat(processes).anySatisfy(ps -> assertThat(ps).containsAnyOf("git ", "docker-compose"));
        assertThat(vm("cat ~/stack/docker/eltdeck-deploy.log")).doesNotContain(ENV_CANARY, TOKEN_CANARY).contains("result=SUCCEEDED");
        assertThat(vm("cat ~/stack/.git/config")).doesNotContain(TOKEN_CANARY);
        assertThat(history.list("vm").toString()).doesNotContain(ENV_CANARY, TOKEN_CANARY);
        assertThat(first.text() + second.text()).doesNotContain(ENV_CANARY, TOKEN_CANARY);
        assertThat(vm("ls -a ${TMPDIR:-/tmp} | grep -c " + GitAuth.TEMP_PREFIX + " || true").strip()).isEqualTo("0");
        assertThat(vm("docker exec docker_agent_1 env")).as("the deploy delivered the .env").contains(ENV_CANARY);
    }

    @Test
    void theTokenReachesGitThroughItsAskpassHelperWhichIsRemovedAfterwards() throws Exception {
        GitAuth auth = new GitAuth(Optional.of(Secret.of(TOKEN_CANARY)));
        RemoteCommand line = auth.command(List.of("git", "credential", "fill"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = link.exec(line, auth.stdin("protocol=https\nhost=example.invalid\n\n".getBytes(StandardCharsets.US_ASCII)),
                out, OutputStream.nullOutputStream(), false);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("username=x-access-token", "password=" + TOKEN_CANARY);
        assertThat(line.line()).doesNotContain(TOKEN_CANARY);
        assertThat(vm("ls -a ${TMPDIR:-/tmp} | grep -c " + GitAuth.TEMP_PREFIX + " || true").strip()).isEqualTo("0");
    }

    @Test
    void cancelDuringUpStopsTheRemoteCommandAndReleasesTheLock() throws Exception {
        RemoteShell shell = new RemoteShell(link);
        StackPaths paths = StackPaths.resolve(shell, settings);
        DeployPipeline[] pipeline = new DeployPipeline[1];
        Recorder recorder = new Recorder(step -> {
            if (step == DeployStep.PULL_AND_UP) {
                new Thread(() -> pipeline[0].cancel()).start();
            }
        });
        pipeline[0] = pipeline(shell, paths, recorder);
        DeployResult result = pipeline[0].run(new DeployOptions("tester", true, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(30), Duration.ZERO, Optional.empty(), false));

        assertThat(result.outcome()).as(recorder.text()).isEqualTo(DeployListener.Outcome.CANCELLED);
        assertThat(recorder.text()).doesNotContain("==> Readiness").contains("<== Unlock SUCCEEDED");
        assertThat(vm("test -e ~/stack/docker/.eltdeck-deploy.lock && echo locked || echo free").strip()).isEqualTo("free");
        assertThat(vm("tail -n 1 ~/stack/docker/eltdeck-deploy.log")).contains("result=CANCELLED");
        // The history (History tab) and the result (Deploy tab) show one measured duration, not two.
        assertThat(history.list("vm").get(0).duration()).isEqualTo(result.duration());
    }

    private static DeployOptions options(Optional<Secret> token) {
        return new DeployOptions("tester", false, Optional.empty(), Optional.empty(), Duration.ofSeconds(60), Duration.ZERO, token, false);
    }

    private static DeployPipeline pipeline(RemoteShell shell, StackPaths paths, Recorder recorder) {
        return new DeployPipeline("vm", shell, settings, paths, history, recorder, Clock.systemUTC());
    }

    private static String vm(String commandLine) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = link.exec(RemoteCommand.script(commandLine), out, OutputStream.nullOutputStream(), false);
        assertThat(code).as("`%s`: %s", commandLine, out).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String tryVm(String commandLine) {
        try {
            return vm(commandLine);
        } catch (Exception | AssertionError e) {
            return "";
        }
    }

    /** Keeps what the listener heard as text; {@code onStart} lets a test act when a step starts. */
    private static final class Recorder implements DeployListener {
        private final StringBuilder text = new StringBuilder();
        private final java.util.function.Consumer<DeployStep> onStart;

        Recorder(java.util.function.Consumer<DeployStep> onStart) {
            this.onStart = onStart == null ? step -> { } : onStart;
        }

        @Override
        public synchronized void started(DeployStep step) {
            text.append("==> ").append(step.label()).append('\n');
            onStart.accept(step);
        }

        @Override
        public synchronized void output(DeployStep step, String line) {
            text.append("    ").append(line).append('\n');
        }

        @Override
        public synchronized void finished(DeployStep step, Outcome outcome, Duration duration, String hint) {
            text.append("<== ").append(step.label()).append(' ').append(outcome).append(' ').append(hint).append('\n');
        }

        synchronized String text() {
            return text.toString();
        }
    }
}
