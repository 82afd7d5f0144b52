package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.dbt.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DbtRunnerCommandTest {
    private static StackSession session(String containerDir) {
        StackSettings settings = StackSettings.forRepository("org/stack").withRemoteDir("~/stack").withDbtContainerDir(containerDir);
        return new StackSession(null, null, settings, StackPaths.of(settings, "/home/etl"));
    }

    @Test
    void runsDbtInTheProjectDirectoryOfTheAgentContainerWithItsProfilesAndTheSelectionQuoted() {
        DbtRunner runner = new DbtRunner(session("/root/dbt"));
        String line = runner.dockerExec("c0ffee", DbtRunner.Command.BUILD, DbtRunner.selectors("  stg_shop__orders+ tag:staging ")).line();

        assertThat(line).isEqualTo("docker exec c0ffee sh -c 'echo $$ > \"$1\"; cd \"$2\" && shift 2 && exec \"$@\"' sh "
                + pidFile(runner) + " /root/dbt dbt build --profiles-dir /root/dbt --select stg_shop__orders+ tag:staging");
        assertThat(pidFile(runner)).matches("/tmp/eltdeck-dbt-[0-9a-f-]{36}\\.pid");
        assertThat(new DbtRunner(session("/srv/my dbt")).dockerExec("c0ffee", DbtRunner.Command.TEST, List.of()).line())
                .endsWith(".pid '/srv/my dbt' dbt test --profiles-dir '/srv/my dbt'");
    }

    @Test
    void cancellingSignalsTheDbtWhosePidTheRunWroteInsideTheContainer() {
        DbtRunner runner = new DbtRunner(session("/root/dbt"));

        assertThat(runner.signalCommand("c0ffee", "INT").line())
                .isEqualTo("docker exec c0ffee sh -c 'kill -\"$1\" \"$(cat \"$2\")\" 2>/dev/null' sh INT " + pidFile(runner));
    }

    /** The PID file a run writes: the script's first argument. */
    private static String pidFile(DbtRunner runner) {
        return runner.dockerExec("c", DbtRunner.Command.RUN, List.of()).argv().get(7);
    }

    @Test
    void aSelectionThatIsNotDbtSelectorsIsRefusedBeforeAnythingRuns() {
        assertThat(DbtRunner.selectors("+fct_orders path:models/marts source:shop+ 1+dim_customers @x config.materialized:table"))
                .hasSize(6);
        assertThatThrownBy(() -> DbtRunner.selectors("x; rm -rf ~")).hasMessageContaining("'x;' is not a dbt selector");
        assertThatThrownBy(() -> DbtRunner.selectors("$(id)")).hasMessageContaining("is not a dbt selector");
        assertThatThrownBy(() -> DbtRunner.Command.of("seed")).hasMessage("'seed' is not a dbt command the console runs: use build, run or test.");
    }

    @Test
    void theProjectDirectoryIsTheClonesDbtDirectory() {
        assertThat(DbtProjectFetch.projectDir(session("/root/dbt"))).isEqualTo("/home/etl/stack/dbt");
        StackSettings atRoot = StackSettings.forRepository("org/stack").withRemoteDir("~/stack").withDbtDir(".");
        assertThat(DbtProjectFetch.projectDir(new StackSession(null, null, atRoot, StackPaths.of(atRoot, "/home/etl"))))
                .isEqualTo("/home/etl/stack");
    }

    @Test
    void theFetchedStreamSplitsIntoFilesByByteCountsListedPathsAndPackages() throws Exception {
        String text = "S 12 ./models/a.sql\nS 0 ./models/empty.yml\nC\nselect 'é'\nS 4 ./target/run_results.json\nC\n{}\n\n"
                + "L ./seeds/countries.csv\nP\nL dbt_packages/dbt_utils/models/x.sql\n";
        ProjectFiles files = DbtProjectFetch.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(files.files()).containsEntry("models/a.sql", "select 'é'\n").containsEntry("models/empty.yml", "")
                .containsEntry("target/run_results.json", "{}\n\n");
        assertThat(files.listed()).containsExactly("seeds/countries.csv", "dbt_packages/dbt_utils/models/x.sql");
        assertThat(files.packagesInstalled()).isTrue();
        assertThatThrownBy(() -> DbtProjectFetch.parse("S 99 ./models/a.sql\nC\nselect 1\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("models/a.sql changed on the VM while it was read");
    }

    @Test
    void settingsRefuseADbtDirectoryOutsideTheRepositoryOrARelativeContainerPath() {
        StackSettings s = StackSettings.forRepository("org/stack");
        assertThat(s.dbtDir()).isEqualTo("dbt");
        assertThat(s.dbtContainerDir()).isEqualTo("/root/dbt");
        assertThatThrownBy(() -> s.withDbtDir("../elsewhere")).hasMessageContaining("must be a path inside the repository");
        assertThatThrownBy(() -> s.withDbtContainerDir("dbt")).hasMessageContaining("must be an absolute path");
    }
}
