package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.env.ComposeFile;
import eltdeck.env.EnvReport;
import eltdeck.env.EnvText;
import eltdeck.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact command lines the stack services send, settings validation, and the lock file format; no VM. */
class DeployCommandsUnitTest {
    private static final StackPaths PATHS = StackPaths.of(StackSettings.forRepository("acme/elt").withRemoteDir("~/my stack"), "/home/u");

    @Test
    void settingsDefaultFromTheRepositoryAndGithubShortNamesBecomeUrls() {
        StackSettings s = StackSettings.forRepository("acme/elt-stack");
        assertThat(s.repositoryUrl()).isEqualTo("https://github.com/acme/elt-stack.git");
        assertThat(s).extracting(StackSettings::branch, StackSettings::remoteDir, StackSettings::composeDir,
                StackSettings::agentService, StackSettings::flowsDir).containsExactly("main", "~/elt-stack", "docker", "agent", "~/flows");
        assertThat(StackSettings.forRepository("git@github.com:acme/x.git").remoteDir()).isEqualTo("~/x");
        assertThat(StackSettings.forRepository("/srv/git/stack.git/").repositoryUrl()).isEqualTo("/srv/git/stack.git/");
        assertThatThrownBy(() -> s.withAgentService("agent; rm -rf /")).hasMessageContaining("not a compose service name");
        assertThatThrownBy(() -> s.withComposeDir("../etc")).hasMessageContaining("without '..'");
    }

    @Test
    void pathsResolveHomeAndTheComposeProjectName() {
        assertThat(PATHS.repoDir()).isEqualTo("/home/u/my stack");
        assertThat(PATHS.lockDir()).isEqualTo("/home/u/my stack/docker/.eltdeck-deploy.lock");
        assertThat(PATHS.composeProject()).isEqualTo("docker");
        assertThat(StackPaths.projectName("/x/My.Stack_1")).isEqualTo("mystack_1");
    }

    @Test
    void lockCommandsQuoteThePathAndTakeNoContentOnTheLine() {
        assertThat(DeployLock.acquireCommand(PATHS).line()).isEqualTo("sh -c 'mkdir -p -- \"$(dirname -- \"$1\")\" || exit 1; if mkdir -- \"$1\""
                + " 2>/dev/null; then cat > \"$1/info\"; else cat -- \"$1/info\" 2>/dev/null; exit 3; fi' sh"
                + " '/home/u/my stack/docker/.eltdeck-deploy.lock'");
        assertThat(DeployLock.ownedCommand(PATHS, "id'; reboot", "rm -rf -- \"$1\"").line())
                .endsWith(" sh '/home/u/my stack/docker/.eltdeck-deploy.lock' 'id'\\''; reboot'");
    }

    @Test
    void lockInfoRoundTripsAndParsesLeniently() {
        LockInfo info = new LockInfo("1", "alice", Instant.parse("2024-05-01T10:00:00Z"), "abc1234");
        assertThat(LockInfo.parse(info.format())).isEqualTo(info);
        assertThat(LockInfo.parse("who=bob\ngarbage\n").describe()).isEqualTo("bob since an unknown time (commit unknown)");
        assertThatThrownBy(() -> new LockInfo("1", "eve\nid=2", Instant.EPOCH, "x")).hasMessageContaining("cannot span lines");
    }

    @Test
    void composeCommandsForV1AndV2() {
        Compose v1 = new Compose(null, PATHS, List.of("docker-compose"), new ComposeVersion(1, 29, 2));
        Compose v2 = new Compose(null, PATHS, List.of("docker", "compose"), new ComposeVersion(2, 24, 0));
        assertThat(v1.argv(Compose.upArgs(false, false))).containsExactly("docker-compose", "up", "-d", "--remove-orphans");
        assertThat(v2.argv(Compose.upArgs(true, true)))
                .containsExactly("docker", "compose", "up", "-d", "--remove-orphans", "--build", "--force-recreate");
    }

    @Test
    void onlyServicesWithAnImageAndNothingToBuildArePulled() {
        ComposeFile s = ComposeFile.parse("services:\n  a:\n    image: x:1\n  b:\n    build: .\n    image: mine\n  c:\n    build: ./c\n", "a");
        assertThat(s.pulled()).extracting(ComposeFile.Service::name).containsExactly("a");
        assertThat(s.anyBuilds()).isTrue();
    }

    @Test
    void theDeployAndTheEnvCheckReadTheSameServicesThroughAnchorsAndMergeKeys() {
        String compose = """
                x-prefect: &prefect
                  image: prefecthq/prefect:1.4.1
                  environment: &environment
                    SNOWFLAKE_USER: ${SNOWFLAKE_USER}
                services:
                  agent:
                    <<: *prefect
                    environment:
                      <<: *environment
                      PREFECT__BACKEND: server
                  server:
                    <<: *prefect
                  flows:
                    <<: *prefect
                    build: ./flows
                """;
        ComposeFile deploy = ComposeFile.parse(compose, "agent");
        assertThat(deploy.services()).containsExactly(new ComposeFile.Service("agent", "prefecthq/prefect:1.4.1", false),
                new ComposeFile.Service("server", "prefecthq/prefect:1.4.1", false),
                new ComposeFile.Service("flows", "prefecthq/prefect:1.4.1", true));
        assertThat(deploy.pulled()).extracting(ComposeFile.Service::name).containsExactly("agent", "server");

        // The env check of a deploy and of `env push` finds the same agent service, with the merged environment.
        StackEnvFiles files = new StackEnvFiles(StackPaths.of(StackSettings.forRepository("acme/elt"), "/home/u"), Optional.empty(),
                Optional.empty(), Optional.of(new RemoteFiles.Snapshot("docker/docker-compose.yml", compose.getBytes(StandardCharsets.UTF_8))));
        EnvReport check = files.check(EnvText.of("SNOWFLAKE_USER=etl\nPREFECT__BACKEND=server\n"), "agent");
        assertThat(check.findings()).isEmpty();
    }

    @Test
    void theAgentCheckLooksAtTheLastStartUpMarkerOfTheNewestContainer() {
        assertThat(Readiness.agentLogCommand("docker", "agent").line()).isEqualTo("sh -c 'markers=$1 ready=$2; shift 2;"
                + " c=$(\"$@\" | head -n 1); [ -n \"$c\" ] && docker logs --tail 2000 \"$c\" 2>&1 | grep -E \"$markers\" | tail -n 1"
                + " | grep -qF \"$ready\"' sh 'Registering agent|Agent with labels|Waiting for flow runs\\.\\.\\.' 'Waiting for flow runs...'"
                + " docker ps -a --filter label=com.docker.compose.project=docker --filter label=com.docker.compose.service=agent"
                + " --format '{{.ID}}'");
    }

    /** The marker logic itself, run by a real shell on log texts of a ready run and of a restart not ready yet. */
    @Test
    void aRestartThatHasNotReachedTheReadyLineIsNotReady() throws Exception {
        List<String> argv = Readiness.agentLogCommand("p", "s").argv();
        // The script with the container's log read from stdin instead of docker, its markers and ready line as given.
        List<String> filter = List.of("/bin/sh", "-c", argv.get(2).replaceFirst("c=.*2>&1", "cat"), "sh", argv.get(4), argv.get(5));
        String ready = "x | Registering agent...\nx | Starting LocalAgent with labels ['etl']\nx | Waiting for flow runs...\n";
        String restarting = ready + "Traceback\nx | Registering agent...\n";
        assertThat(sh(filter, ready)).isZero();
        assertThat(sh(filter, restarting)).isNotZero();
        assertThat(sh(filter, restarting + ready)).isZero();
    }

    private static int sh(List<String> command, String stdin) throws Exception {
        Process p = new ProcessBuilder(command).start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.waitFor();
    }

    @Test
    void theGitTokenIsNeverOnTheCommandLineAndACommitMustBeAnId() {
        String line = new GitAuth(Optional.of(Secret.of("ghp_secret"))).command(List.of("git", "-C", "/r", "fetch", "origin")).line();
        assertThat(line).doesNotContain("ghp_secret").startsWith("sh -c ").endsWith(" sh git -c credential.helper= -C /r fetch origin");
        assertThat(GitAuth.none().command(List.of("git", "fetch")).line()).isEqualTo("env GIT_TERMINAL_PROMPT=0 git -c credential.helper= fetch");
        assertThatThrownBy(() -> RepositorySync.requireCommitId("HEAD;reboot")).hasMessageContaining("is not a commit id");
    }

    @Test
    void theAuditLineHoldsWhoWhenCommitResultAndDuration() {
        assertThat(DeployPipeline.auditLine(Instant.parse("2024-05-01T10:00:00Z"), "ann smith", "abc", "SUCCEEDED",
                Duration.ofMillis(12_345), true)).isEqualTo("2024-05-01T10:00:00Z who=ann_smith commit=abc result=SUCCEEDED duration=12.345s redeploy\n");
    }
}
