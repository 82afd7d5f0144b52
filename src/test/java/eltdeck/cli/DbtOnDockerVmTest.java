package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.dbt.DbtState;
import eltdeck.dbt.NodeResult;
import eltdeck.dbt.ProjectDirectory;
import eltdeck.dbt.ProjectFiles;
import eltdeck.profile.Secrets;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.stack.DbtProjectFetch;
import eltdeck.stack.DbtRunner;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettingsStore;
import eltdeck.testvm.Await;
import eltdeck.testvm.ConnectedDockerVm;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dbt on the Docker test VM: the reference dbt project committed into the stand-in stack's repository, cloned on the
 * VM and mounted into the agent container, whose {@code dbt} is the stand-in (it prints dbt's output and writes
 * run_results.json; {@code .standin-dbt} in the project makes a test fail or dbt crash).
 */
class DbtOnDockerVmTest {
    private static final String PROJECT = "~/stack/dbt";

    @TempDir
    static Path dir;
    static ConnectedDockerVm testVm;
    static AppContext context;

    @BeforeAll
    static void start() throws Exception {
        testVm = ConnectedDockerVm.start(dir, "dbt");
        testVm.repo().commitDirectory(Path.of("dbt"), "dbt", "The reference dbt project");
        testVm.run("git clone -q " + testVm.repo().url() + " ~/stack && cd ~/stack/docker && docker-compose up -d 2>&1");
        context = AppContext.open(dir.resolve("app"), Secrets.none());
        context.profiles().add(testVm.profile().withName("vm"));
        CliRun config = cli("stack", "config", "vm", "--repo", testVm.repo().url(), "--remote-dir", "~/stack");
        assertThat(config.exitCode()).as(config.err()).isZero();
        assertThat(config.out()).contains("dbt dir:       dbt (in the agent: /root/dbt)");
    }

    @AfterAll
    static void stop() {
        ConnectedDockerVm.close(testVm);
    }

    @Test
    void modelsResultsAndRunsThroughTheCommandLine() {
        testVm.run("rm -rf " + PROJECT + "/target " + PROJECT + "/.standin-dbt");
        assertThat(cli("dbt", "results", "vm").out()).startsWith("No results yet: dbt has not run in /");

        CliRun models = cli("dbt", "models", "vm");
        assertThat(models.exitCode()).as(models.err()).isZero();
        assertThat(models.out()).containsPattern("fct_orders +table +8 +- +Orders with the amount successfully paid")
                .contains("stg_shop__customers", "Checks: no findings.");

        CliRun build = cli("dbt", "run", "vm");
        assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
        assertThat(build.out()).contains("Running with dbt=1.7.17", "OK created sql view model ANALYTICS.stg_shop__orders",
                "Done. PASS=40 WARN=0 ERROR=0 SKIP=0 TOTAL=40", "Results: PASS=40 WARN=0 ERROR=0 SKIP=0 TOTAL=40",
                "dbt exited 0: finished without error.");
        assertThat(cli("dbt", "models", "vm").out()).containsPattern("fct_orders +table +8 +success ");

        testVm.run("echo fail=not_null_stg_shop__orders_order_date > " + PROJECT + "/.standin-dbt");
        CliRun failing = cli("dbt", "run", "vm", "--command", "test", "--select", "stg_shop__orders");
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.out()).contains("FAIL 3 not_null_stg_shop__orders_order_date", "Completed with 1 error and 0 warnings:",
                "Results: PASS=6 WARN=0 ERROR=1 SKIP=0 TOTAL=7", "dbt exited 1: it ran, but at least one model or test failed");

        CliRun results = cli("dbt", "results", "vm");
        assertThat(results.out()).contains("dbt test, generated 20", "run_results schema v5 (dbt 1.7.17)",
                "Got 3 results, configured to fail if != 0", "PASS=6 WARN=0 ERROR=1 SKIP=0 TOTAL=7")
                .containsPattern("fail +0\\.51 +3  test\\.elt_demo\\.not_null_stg_shop__orders_order_date");

        testVm.run("echo \"crash=Env var required but not provided: 'SNOWFLAKE_ACCOUNT'\" > " + PROJECT + "/.standin-dbt");
        CliRun crash = cli("dbt", "run", "vm", "--command", "run");
        assertThat(crash.exitCode()).isEqualTo(2);
        assertThat(crash.out()).contains("Env var required but not provided", "dbt wrote no new results.", "dbt exited 2: dbt itself failed");

        CliRun bad = cli("dbt", "run", "vm", "--select", "x;reboot");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("'x;reboot' is not a dbt selector");
    }

    @Test
    void aBrokenProjectOrAMissingDirectoryIsToldWithWhatToDo() {
        testVm.run("cd " + PROJECT + " && sed -i \"s/ref('stg_shop__orders')/ref('stg_shop__order')/\" models/marts/core/fct_orders.sql");
        try {
            CliRun broken = cli("dbt", "models", "vm");
            assertThat(broken.exitCode()).isEqualTo(1);
            assertThat(broken.out()).contains("error  models/marts/core/fct_orders.sql: ref('stg_shop__order') does not resolve"
                    + " to a model of elt_demo. Did you mean 'stg_shop__orders'?");
        } finally {
            testVm.run("cd " + PROJECT + " && git checkout -q -- models");
        }
        assertThat(cli("stack", "config", "vm", "--dbt-dir", "transform").exitCode()).isZero();
        try {
            CliRun missing = cli("dbt", "models", "vm");
            assertThat(missing.exitCode()).isNotZero();
            assertThat(missing.err()).contains("There is no dbt project directory /", "/stack/transform on the VM.",
                    "eltdeck stack config NAME --dbt-dir DIR");
        } finally {
            assertThat(cli("stack", "config", "vm", "--dbt-dir", "dbt").exitCode()).isZero();
        }
    }

    @Test
    void theProjectIsReadInOneCommandWithoutBuildOutputAndPackagesOnlyListed() throws Exception {
        testVm.run("mkdir -p " + PROJECT + "/dbt_packages/dbt_utils/models " + PROJECT + "/logs && echo 'select 1' > "
                + PROJECT + "/dbt_packages/dbt_utils/models/date_spine.sql && echo noise > " + PROJECT + "/logs/dbt.log");
        try (StackSession session = session()) {
            ProjectFiles files = DbtProjectFetch.fetch(session);

            ProjectFiles local = ProjectDirectory.reference();
            assertThat(files.files()).containsAllEntriesOf(local.files());
            assertThat(files.files().keySet()).allMatch(p -> !p.startsWith("logs/") && !p.startsWith("dbt_packages/"));
            assertThat(files.listed()).contains("dbt_packages/dbt_utils/models/date_spine.sql");
            assertThat(files.packagesInstalled()).isTrue();
            assertThat(DbtState.of(files).findings()).isEmpty();
        } finally {
            testVm.run("rm -rf " + PROJECT + "/dbt_packages " + PROJECT + "/logs");
        }
    }

    @Test
    void aRunStreamsItsOutputLiveAndCancelStopsDbtInTheContainer() throws Exception {
        testVm.run("echo delay=1 > " + PROJECT + "/.standin-dbt");
        try (StackSession session = session()) {
            DbtRunner runner = new DbtRunner(session);
            List<String> lines = new CopyOnWriteArrayList<>();
            List<Instant> arrivals = new CopyOnWriteArrayList<>();
            CompletableFuture<DbtRunner.Outcome> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.run(DbtRunner.Command.RUN, null, line -> {
                        lines.add(line);
                        arrivals.add(Instant.now());
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Await.until(Duration.ofSeconds(30), "dbt's second node", () -> lines.stream().anyMatch(l -> l.contains("2 of 5 START")));
            assertThat(run).as("lines arrive while dbt runs").isNotDone();
            assertThat(dbtProcesses()).as("dbt runs in the container").isEqualTo("1");
            runner.cancel();

            DbtRunner.Outcome outcome = run.get(30, TimeUnit.SECONDS);
            assertThat(outcome.exitCode()).isEqualTo(2);
            assertThat(outcome.cancelled()).isTrue();
            assertThat(outcome.explanation()).startsWith("Cancelled. dbt exited 2");
            assertThat(lines).anyMatch(l -> l.contains("Exited because of keyboard interrupt")).noneMatch(l -> l.contains("5 of 5"));
            assertThat(outcome.fresh()).isTrue();
            assertThat(outcome.results().orElseThrow().results()).extracting(NodeResult::status).containsExactly("success");
            assertThat(dbtProcesses()).isEqualTo("0");
        } finally {
            testVm.run("rm -f " + PROJECT + "/.standin-dbt");
        }
    }

    private static String dbtProcesses() {
        return testVm.run("docker exec docker_agent_1 ps -o args | grep -c '/usr/local/bin/[d]bt ' || true").strip();
    }

    private static StackSession session() throws Exception {
        return StackSession.open(new SshConnector(NoPassphrase.SOURCE, null).connect(testVm.profile(), HostKeyPolicy.STRICT),
                new StackSettingsStore(context.database()).get("vm"));
    }

    private static CliRun cli(String... args) {
        return CliRun.of(context, args);
    }
}
