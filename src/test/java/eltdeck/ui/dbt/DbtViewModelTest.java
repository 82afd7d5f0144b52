package eltdeck.ui.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.dbt.DbtState;
import eltdeck.dbt.ProjectDirectory;
import eltdeck.dbt.ProjectFiles;
import eltdeck.logs.LogBuffer;
import eltdeck.profile.Profile;
import eltdeck.stack.DbtRunner;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.logs.LogViewModel;
import eltdeck.ui.testsupport.NoStack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The dbt tab's state without a window: the reference project read with a run's results, from local files. */
class DbtViewModelTest {
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);
    private int reads;
    private int runs;

    private final DbtAccess local = new DbtAccess() {
        @Override
        public DbtState read(Profile profile) throws IOException {
            reads++;
            try (InputStream in = DbtViewModelTest.class.getResourceAsStream("/dbt-artifacts/run_results_v6_test_failed.json")) {
                ProjectFiles files = ProjectDirectory.reference().with(ProjectFiles.RUN_RESULTS,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
                return DbtState.of(files);
            }
        }

        @Override
        public DbtRunner.Outcome run(Profile profile, DbtRunner.Command command, String selection, Consumer<String> lines,
                                     Consumer<Runnable> cancel) {
            runs++;
            throw new IllegalStateException("a run needs the VM: see DbtThroughUiTest");
        }
    };

    private DbtViewModel model() {
        return new DbtViewModel(() -> null, local, new LogViewModel(new LogBuffer(), 1000, Runnable::run, Runnable::run,
                ZoneOffset.UTC), inline);
    }

    @Test
    void nodesAreShadedByTheirLastResultAndSourcesByTheirTests() {
        DbtViewModel vm = model();
        vm.load();

        assertThat(vm.shade("model.elt_demo.stg_shop__orders")).isEqualTo(DbtViewModel.Shade.PASSED);
        assertThat(vm.shade("model.elt_demo.stg_shop__payments")).isEqualTo(DbtViewModel.Shade.FAILED);
        assertThat(vm.shade("model.elt_demo.fct_orders")).isEqualTo(DbtViewModel.Shade.SKIPPED);
        assertThat(vm.shade("model.elt_demo.dim_customers")).isEqualTo(DbtViewModel.Shade.NEVER_RUN);
        assertThat(vm.shade("source.elt_demo.shop.orders")).as("no source test in that run").isEqualTo(DbtViewModel.Shade.NEVER_RUN);
        assertThat(DbtViewModel.Shade.NEVER_RUN.styleClass()).isEqualTo("dbt-never-run");
        assertThat(vm.statusProperty().get()).isEqualTo("5 models, 3 sources · checks passed · last run: dbt build --select"
                + " +fct_orders --profiles-dir /root/dbt at 2026-11-24T02:10:44.070851Z (PASS=1 WARN=0 ERROR=2 SKIP=1 TOTAL=4)");
        assertThat(vm.graph()).get().extracting(g -> g.nodes().size()).isEqualTo(8);
    }

    @Test
    void theSearchFiltersByNameTagAndStatus() {
        DbtViewModel vm = model();
        vm.load();

        vm.searchProperty().set("orders");
        assertThat(labels(vm)).containsExactlyInAnyOrder("stg_shop__orders", "fct_orders", "shop.orders");
        vm.searchProperty().set("tag:marts");
        assertThat(labels(vm)).containsExactlyInAnyOrder("fct_orders", "dim_customers");
        vm.searchProperty().set("error");
        assertThat(labels(vm)).containsExactly("stg_shop__payments");
        vm.searchProperty().set("never run");
        assertThat(labels(vm)).contains("dim_customers").doesNotContain("stg_shop__orders");
        vm.searchProperty().set("");
        assertThat(labels(vm)).hasSize(8);
    }

    @Test
    void aSelectionThatIsNotDbtSelectorsIsRefusedWithoutRunning() {
        DbtViewModel vm = model();
        vm.load();
        vm.selectionProperty().set("orders; rm -rf /");

        vm.run();

        assertThat(runs).isZero();
        assertThat(vm.outcomeProperty().get()).startsWith("'orders;' is not a dbt selector");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aFailedReadSaysWhyAndAnotherReadTriesAgain() {
        DbtViewModel vm = new DbtViewModel(() -> null, NoStack.DBT, new LogViewModel(new LogBuffer(), 1000, Runnable::run,
                Runnable::run, ZoneOffset.UTC), inline);
        vm.load();

        assertThat(vm.statusProperty().get()).isEqualTo("Could not read the dbt project: No stack here");
        assertThat(vm.loadingProperty().get()).isFalse();
        model().load();
        assertThat(reads).isEqualTo(1);
    }

    private static List<String> labels(DbtViewModel vm) {
        return vm.shownRows().stream().map(DbtViewModel.NodeRow::label).toList();
    }
}
