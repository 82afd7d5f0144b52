package eltdeck.ui.dbt;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.logs.LogLine;
import eltdeck.testvm.Await;
import eltdeck.testvm.ConnectedDockerVm;
import eltdeck.ui.testsupport.ScreenshotHold;
import eltdeck.ui.testsupport.StackAppOnVm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The dbt tab, headless, against the real Docker test VM: the reference dbt project in the stand-in stack's repository,
 * the agent container's dbt the stand-in. The graph's nodes are coloured by the last results, the search filters the
 * list, Enter selects in the graph, and a run streams its output and colours the nodes anew.
 */
class DbtThroughUiTest {
    private static final String FCT_ORDERS = "#dbt-node-model-elt_demo-fct_orders";
    private static final String STG_ORDERS = "#dbt-node-model-elt_demo-stg_shop__orders";
    private static final String DIM_CUSTOMERS = "#dbt-node-model-elt_demo-dim_customers";
    private static final String ORDERS_SOURCE = "#dbt-node-source-elt_demo-shop-orders";

    private final FxRobot robot = new FxRobot();

    @Test
    void graphColouredByResultsSearchSelectAndARunThatRecoloursIt(@TempDir Path dir) throws Exception {
        try (StackAppOnVm stack = StackAppOnVm.start(dir, "dbt-ui",
                vm -> vm.repo().commitDirectory(Path.of("dbt"), "dbt", "The reference dbt project"))) {
            colouredSearchedAndRun(stack, dir);
        }
    }

    private void colouredSearchedAndRun(StackAppOnVm stack, Path dir) throws Exception {
        ConnectedDockerVm testVm = stack.vm();
        testVm.run("echo fail=not_null_stg_shop__orders_order_date > ~/stack/dbt/.standin-dbt"
                + " && cd ~/stack/dbt && docker exec docker_agent_1 sh -c 'cd /root/dbt && dbt test --profiles-dir /root/dbt'");
        AppContext context = stack.launchOnTheStack(dir.resolve("app"));

        // Ctrl+Shift+B brings the tab, which reads the project with the last run's results: a dbt test whose one failure
        // is on stg_shop__orders; models the test run did not touch have not run.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        await(30, () -> !robot.lookup(FCT_ORDERS).queryAll().isEmpty());
        assertThat(styles(FCT_ORDERS)).contains("dbt-node", "dbt-model", "dbt-never-run");
        assertThat(styles(ORDERS_SOURCE)).as("a source by its tests").contains("dbt-source", "dbt-passed");
        assertThat(robot.lookup(".dbt-node").queryAll()).hasSize(8);
        assertThat(robot.lookup(".dbt-edge").queryAll()).hasSize(7);
        assertThat(fx(() -> robot.lookup("#dbt-status").queryAs(Label.class).getText()))
                .contains("5 models, 3 sources · checks passed · last run: dbt test");

        // Not connected, the tunnels are folded away; unfolded by hand, folding them again gives the graph the height.
        assertThat(fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).isExpanded())).isFalse();
        robot.clickOn("#tunnels-section .title");
        await(5, () -> fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).isExpanded()));
        double graphHeight = fx(() -> robot.lookup("#dbt-graph").query().getBoundsInLocal().getHeight());
        robot.clickOn("#tunnels-section .title");
        await(5, () -> fx(() -> robot.lookup("#dbt-graph").query().getBoundsInLocal().getHeight()) > graphHeight);
        // The whole graph is in view (zoomed to fit); zooming in by hand loses that, Fit brings it back.
        await(5, this::everyNodeInView);
        robot.clickOn("#dbt-zoom-in").clickOn("#dbt-zoom-in").clickOn("#dbt-zoom-in");
        await(5, () -> !everyNodeInView());
        robot.clickOn("#dbt-zoom-fit");
        await(5, this::everyNodeInView);

        // Ctrl+F, a search narrows the list; Enter on the item selects it in the graph and shows its detail.
        robot.clickOn("#dbt-list");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        await(5, () -> robot.lookup("#dbt-search").queryAs(TextField.class).isFocused());
        robot.write("stg_shop__or");
        await(5, () -> list().getItems().size() == 1);
        robot.clickOn("#dbt-list").type(KeyCode.DOWN).type(KeyCode.ENTER);
        await(5, () -> styles(STG_ORDERS).contains("dbt-node-selected"));
        assertThat(fx(() -> robot.lookup("#dbt-detail-title").queryAs(Label.class).getText())).isEqualTo("stg_shop__orders");
        assertThat(styles("#dbt-test-not_null_stg_shop__orders_order_date")).contains("dbt-failed");
        fx(() -> {
            robot.lookup("#dbt-search").queryAs(TextField.class).setText("tag:marts");
            return null;
        });
        await(5, () -> list().getItems().stream().map(DbtViewModel.NodeRow::label).sorted().toList()
                .equals(List.of("dim_customers", "fct_orders")));

        // dbt build, streamed into the output, fails fct_orders; the nodes take the new results' colours.
        testVm.run("echo fail=fct_orders > ~/stack/dbt/.standin-dbt");
        robot.clickOn("#dbt-run");
        await(60, () -> fx(() -> robot.lookup("#dbt-outcome").queryAs(Label.class).getText()).startsWith("dbt exited 1"));
        assertThat(fx(() -> logLines().getItems().stream().map(l -> l.text().plain()).toList()))
                .anyMatch(l -> l.contains("Running with dbt=1.7.17"))
                .anyMatch(l -> l.contains("ERROR creating sql table model ANALYTICS.fct_orders"))
                .anyMatch(l -> l.contains("Done. PASS=26 WARN=0 ERROR=1 SKIP=13 TOTAL=40"));
        await(10, () -> styles(FCT_ORDERS).contains("dbt-failed"));
        assertThat(styles(STG_ORDERS)).contains("dbt-passed").doesNotContain("dbt-never-run");
        assertThat(styles(DIM_CUSTOMERS)).as("downstream of the failed model").contains("dbt-skipped");
        assertThat(fx(() -> robot.lookup("#dbt-status").queryAs(Label.class).getText())).contains("last run: dbt build",
                "PASS=26 WARN=0 ERROR=1 SKIP=13 TOTAL=40");
        fx(() -> {
            robot.lookup("#dbt-search").queryAs(TextField.class).clear();
            return null;
        });
        await(5, () -> list().getItems().size() == 8);
        ScreenshotHold.hold();

        // A slow run: Cancel interrupts dbt in the agent's container.
        testVm.run("echo delay=1 > ~/stack/dbt/.standin-dbt");
        robot.clickOn("#dbt-run");
        await(30, () -> outputContains("2 of 40 START"));
        assertThat(dbtProcesses(testVm)).as("dbt runs in the container").isEqualTo("1");
        robot.clickOn("#dbt-cancel");
        await(30, () -> fx(() -> robot.lookup("#dbt-outcome").queryAs(Label.class).getText()).startsWith("Cancelled. dbt exited 2"));
        assertThat(outputContains("Exited because of keyboard interrupt")).isTrue();
        assertThat(dbtProcesses(testVm)).isEqualTo("0");

        // Quitting the app in the middle of a run interrupts it too.
        robot.clickOn("#dbt-run");
        await(30, () -> outputContains("2 of 40 START"));
        assertThat(dbtProcesses(testVm)).isEqualTo("1");
        stack.closeApp();
        Await.until(Duration.ofSeconds(20), "dbt ended in the container",
                () -> dbtProcesses(testVm).equals("0"));
    }

    private boolean outputContains(String text) {
        return fx(() -> logLines().getItems().stream().anyMatch(l -> l.text().plain().contains(text)));
    }

    private static String dbtProcesses(ConnectedDockerVm vm) {
        return vm.run("docker exec docker_agent_1 ps -o args | grep -c '/usr/local/bin/[d]bt ' || true").strip();
    }

    private List<String> styles(String query) {
        return fx(() -> List.copyOf(robot.lookup(query).query().getStyleClass()));
    }

    @SuppressWarnings("unchecked")
    private ListView<DbtViewModel.NodeRow> list() {
        return (ListView<DbtViewModel.NodeRow>) robot.lookup("#dbt-list").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private boolean everyNodeInView() {
        return fx(() -> {
            Node graph = robot.lookup("#dbt-graph").query();
            Bounds shown = graph.localToScene(graph.getLayoutBounds());
            return robot.lookup(".dbt-node").queryAll().stream().map(n -> n.localToScene(n.getLayoutBounds()))
                    .allMatch(shown::contains);
        });
    }

    private ListView<LogLine> logLines() {
        Node lines = robot.lookup("#dbt-pane #log-lines").query();
        return (ListView<LogLine>) lines;
    }
}
