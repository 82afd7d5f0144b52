package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.Secrets;
import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshLink;
import eltdeck.stack.DeployHistory;
import eltdeck.stack.DeployRecord;
import eltdeck.testvm.ConnectedDockerVm;
import eltdeck.testvm.DockerVm;
import eltdeck.testvm.StackRepository;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eltdeck deploy}, {@code ps}, {@code lock} and {@code stack} against the real Docker test VM, in the order a
 * user meets them: first deploy, redeploy after a new commit, rollback, a held lock, a broken readiness. One VM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeployCommandsTest {
    @TempDir
    static Path dir;
    static ConnectedDockerVm testVm;
    static DockerVm vm;
    static StackRepository repo;
    static AppContext context;
    static SshLink link;
    static String stackDir;

    @BeforeAll
    static void start() throws Exception {
        testVm = ConnectedDockerVm.start(dir, "deploy");
        vm = testVm.vm();
        repo = testVm.repo();
        Profile profile = testVm.profile();
        link = testVm.link();
        context = AppContext.open(dir.resolve("app"), Secrets.none());
        context.profiles().add(profile.withName("vm"));
        stackDir = vm.home().resolve("stack").toString();
        assertThat(cli("stack", "config", "vm", "--repo", repo.url(), "--remote-dir", "~/stack").out())
                .contains("remote dir:    ~/stack", "compose dir:   docker", "agent service: agent");
    }

    @AfterAll
    static void stop() {
        ConnectedDockerVm.close(testVm);
    }

    @Test
    @Order(1)
    void firstDeployClonesStartsTheStackAndWaitsForItsReadiness() throws Exception {
        CliRun run = timed("first deploy", "deploy", "vm");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsSubsequence("==> Lock", "<== Lock succeeded", "==> Repository", "cloned, at " + repo.head(),
                "==> .env check", "==> Compose config", "compose 1.", "==> Pull and up", "nothing to pull", "==> Readiness",
                "ok: the agent's log shows 'Waiting for flow runs...'", "ok: the Prefect API on 4200 answers query { hello }",
                "ok: the Prefect UI on 8080 answers", "==> Record", "==> Unlock", "Deploy succeeded");
        assertThat(vm("cd ~/stack && git rev-parse HEAD").strip()).isEqualTo(repo.head());
        assertThat(vm("test -e ~/stack/docker/.eltdeck-deploy.lock && echo locked || echo free").strip()).isEqualTo("free");
        assertThat(vm("cat ~/stack/docker/eltdeck-deploy.log")).contains("result=SUCCEEDED", "commit=" + repo.head());

        CliRun ps = cli("ps", "vm");
        assertThat(ps.out()).contains("SERVICE", "agent", "docker_agent_1", "running", "apollo", "127.0.0.1:4200->4200/tcp");
    }

    @Test
    @Order(2)
    void redeployAfterANewCommitListsItAndRecreatesTheContainers() throws Exception {
        String before = repo.head();
        String agentBefore = vm("docker ps -q --filter label=com.docker.compose.service=agent").strip();
        String commit = repo.commit("flows/second_flow.py", "print('second')\n", "Add the second flow");

        CliRun run = timed("redeploy", "deploy", "vm", "--redeploy");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("at " + commit, "1 new commit:", commit.substring(0, 7) + " Add the second flow");
        assertThat(vm("docker ps -q --filter label=com.docker.compose.service=agent").strip()).isNotEqualTo(agentBefore);
        assertThat(new DeployHistory(context.database()).list("vm")).extracting(DeployRecord::commit).startsWith(commit, before);
    }

    @Test
    @Order(3)
    void rollbackChecksOutTheEarlierCommitDetached() throws Exception {
        List<DeployRecord> history = new DeployHistory(context.database()).list("vm");
        String earlier = history.get(history.size() - 1).commit();

        CliRun run = timed("rollback", "deploy", "vm", "--commit", earlier, "--timeout", "60s");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("at " + earlier + " (detached HEAD: a rollback; .env, volumes and databases are not rolled back)");
        assertThat(vm("cd ~/stack && git rev-parse HEAD").strip()).isEqualTo(earlier);
        assertThat(vm("test -e ~/stack/flows/second_flow.py && echo there || echo gone").strip()).isEqualTo("gone");
    }

    @Test
    @Order(4)
    void aHeldLockRefusesTheDeployUntilItIsBroken() throws Exception {
        vm("mkdir ~/stack/docker/.eltdeck-deploy.lock && printf 'id=x\\nwho=alice\\nwhen=2024-05-01T10:00:00Z\\ncommit=abc1234\\n'"
                + " > ~/stack/docker/.eltdeck-deploy.lock/info");

        assertThat(cli("lock", "status", "vm").out()).contains("Locked by alice since 2024-05-01T10:00:00Z (commit abc1234)");
        CliRun refused = cli("deploy", "vm", "--lock-wait", "2s");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("<== Lock failed", "hint: Wait for the other deploy, or if it died: eltdeck lock break vm");
        assertThat(refused.err()).contains("Another deploy holds the lock: alice");
        assertThat(vm("cat ~/stack/docker/.eltdeck-deploy.lock/info")).as("someone else's lock is left alone").contains("who=alice");

        assertThat(cli("lock", "break", "vm").out()).contains("Broke the lock held by alice");
        assertThat(cli("lock", "status", "vm").out()).contains("Not locked.");
        assertThat(cli("deploy", "vm", "--timeout", "60s").exitCode()).isZero();
    }

    @Test
    @Order(5)
    void anAgentThatNeverGetsReadyFailsTheGateWithItsLastLogLines() throws Exception {
        String compose = Files.readString(Path.of(stackDir, "docker", "docker-compose.yml"))
                .replace("command: prefect agent local start --label etl", "command: fail-start")
                .replace("      - PREFECT__BACKEND=server", "      - FAIL_REASON=no tenant in this test\n      - PREFECT__BACKEND=server");
        repo.commit("docker/docker-compose.yml", compose, "A broken agent");

        CliRun run = timed("failing readiness", "deploy", "vm", "--timeout", "5s");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("not ready: the agent's log shows 'Waiting for flow runs...'", "--- agent (docker_agent_1",
                "fail-start: cannot start: no tenant in this test", "<== Readiness failed", "<== Unlock succeeded");
        assertThat(run.err()).contains("The stack is not ready after 5 s");
        assertThat(cli("lock", "status", "vm").out()).contains("Not locked.");
        assertThat(new DeployHistory(context.database()).list("vm").get(0).result()).isEqualTo("FAILED");
    }

    @Test
    @Order(6)
    void stopAndStartOneService() throws Exception {
        assertThat(cli("stack", "stop", "vm", "ui").exitCode()).isZero();
        assertThat(vm("docker inspect --format '{{.State.Status}}' docker_ui_1").strip()).isEqualTo("exited");
        assertThat(cli("stack", "start", "vm", "ui").exitCode()).isZero();
        assertThat(vm("docker inspect --format '{{.State.Status}}' docker_ui_1").strip()).isEqualTo("running");
        assertThat(cli("stack", "restart", "vm", "ui; touch /tmp/x").err()).contains("is not a compose service name");
    }

    @Test
    @Order(7)
    void deploykeyMakesTheKeyOnTheVmOnceAndShowsIt() throws Exception {
        CliRun first = cli("deploykey", "vm");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Deploy key on the VM: ~/.ssh/eltdeck_deploy_stack (made now)", "ssh-ed25519 AAAA",
                "Fingerprint: SHA256:", "Add it to the repository's deploy keys", "is not an SSH URL");
        assertThat(vm("stat -c %a ~/.ssh/eltdeck_deploy_stack").strip()).isEqualTo("600");
        CliRun second = cli("deploykey", "vm");
        assertThat(second.out()).contains("(made before)");
        String fingerprint = first.out().lines().filter(l -> l.startsWith("Fingerprint: ")).findFirst().orElseThrow();
        assertThat(second.out()).contains(fingerprint);
    }

    @Test
    @Order(8)
    void historyListsEveryDeployNewestFirst() {
        CliRun run = cli("history", "vm");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("STARTED (UTC)").contains("COMMIT", "RESULT", "DURATION", "WHO");
        List<DeployRecord> records = new DeployHistory(context.database()).list("vm");
        assertThat(lines).hasSize(records.size() + 1);
        assertThat(lines.get(1)).contains(records.get(0).result().toLowerCase(java.util.Locale.ROOT));
        assertThat(run.out()).contains("succeeded", "failed", "redeploy", repo.head().substring(0, 12));
        assertThat(cli("history", "vm", "-n", "1").out().lines().count()).isEqualTo(2);
        assertThat(cli("history", "nope").err()).contains("No profile named 'nope'");
    }

    @Test
    @Order(9)
    void aServerWithoutTenantStopsTheDeployUntilTheDefaultOneIsCreated() throws Exception {
        String compose = new String(DeployCommandsTest.class.getResourceAsStream("/stack-standin/docker/docker-compose.yml")
                .readAllBytes(), StandardCharsets.UTF_8);
        repo.commit("docker/docker-compose.yml", compose.replace("    command: apollo-standin\n",
                "    command: apollo-standin\n    environment:\n      - NO_TENANT=1\n"), "Apollo without a tenant");

        CliRun refused = cli("deploy", "vm");
        assertThat(refused.exitCode()).as(refused.out()).isEqualTo(1);
        assertThat(refused.out()).contains("==> Tenant", "<== Tenant failed", "hint: Create the default tenant: eltdeck deploy vm --create-tenant");
        assertThat(refused.err()).contains("The Prefect API has no tenant", "the agent cannot register");

        CliRun created = cli("deploy", "vm", "--create-tenant");
        assertThat(created.exitCode()).as(created.out() + created.err()).isZero();
        assertThat(created.out()).contains("no tenant yet: creating the default one", "created tenant default (", "<== Tenant succeeded");
        assertThat(cli("deploy", "vm").out()).contains("tenant default (default)", "Deploy succeeded");
    }

    private static CliRun timed(String what, String... args) {
        long begin = System.nanoTime();
        CliRun run = cli(args);
        System.out.printf("%s took %d ms%n", what, (System.nanoTime() - begin) / 1_000_000);
        return run;
    }

    private static CliRun cli(String... args) {
        return CliRun.of(context, args);
    }

    private static String vm(String commandLine) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = link.exec(RemoteCommand.script(commandLine), out, OutputStream.nullOutputStream(), false);
        assertThat(code).as("`%s`: %s", commandLine, out).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
