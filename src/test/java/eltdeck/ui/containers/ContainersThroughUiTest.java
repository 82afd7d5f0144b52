package eltdeck.ui.containers;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.logs.LogLine;
import eltdeck.testvm.Await;
import eltdeck.testvm.ConnectedDockerVm;
import eltdeck.ui.testsupport.ScreenshotHold;
import eltdeck.ui.testsupport.StackAppOnVm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The containers tab, headless, against the real Docker test VM with the stand-in stack up: the containers listed
 * by compose labels, a service's logs followed, filtered, paused and resumed, all services merged, every remote
 * {@code docker logs} ended when the logs close or the tab is left, and a restart, stop and start seen in the table.
 * Skips (fails on CI) without the test VM's prerequisites.
 */
class ContainersThroughUiTest {
    /** Monocle's headless robot turns the wheel the other way round than a real display does. */
    private static final VerticalDirection WHEEL_UP =
            "Monocle".equals(System.getProperty("glass.platform")) ? VerticalDirection.DOWN : VerticalDirection.UP;

    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private StackAppOnVm stack;
    private ConnectedDockerVm testVm;

    @BeforeEach
    void vm() throws Exception {
        stack = StackAppOnVm.start(dir, "containers-ui", vm -> { });
        testVm = stack.vm();
    }

    @AfterEach
    void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void listFollowFilterPauseMergeCloseAndRestartFromTheContainersTab() throws Exception {
        stack.launchOnTheStack(dir.resolve("app"));

        // Ctrl+Shift+C brings the tab; the containers show up, found by their compose labels (v1 names them stack_service_1).
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        await(30, () -> rows().size() == 5);
        assertThat(fx(() -> rows().stream().map(ContainerRow::name).toList())).containsExactlyInAnyOrder(
                "docker_agent_1", "docker_apollo_1", "docker_fast-logger_1", "docker_slow-start_1", "docker_ui_1");
        assertThat(fx(() -> rows().stream().map(ContainerRow::image).distinct().toList())).containsExactly("eltdeck-test/standin:1");
        assertThat(fx(() -> robot.lookup("#containers-summary").queryAs(Label.class).getText())).startsWith("5 containers · 5 running");
        await(20, () -> "healthy".equals(row("slow-start").healthProperty().get()));
        assertThat(fx(() -> row("ui").portsProperty().get())).isEqualTo("127.0.0.1:8080->8080/tcp");
        ScreenshotHold.hold();

        // The shortcut put the focus in the table: the arrow keys pick a row there, Enter opens that service's logs,
        // Escape closes them.
        assertThat(fx(() -> robot.lookup("#containers-table").query().isFocused())).isTrue();
        robot.type(KeyCode.DOWN);
        await(5, () -> robot.lookup("#containers-table").queryAs(TableView.class).getSelectionModel().getSelectedItem() != null);
        Object selected = fx(() -> robot.lookup("#containers-table").queryAs(TableView.class).getSelectionModel().getSelectedItem());
        assertThat(selected).isInstanceOf(ContainerRow.class);
        String first = ((ContainerRow) selected).service();
        robot.type(KeyCode.ENTER);
        await(20, () -> robot.lookup("#containers-logs").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        assertThat(fx(() -> ((LogTarget) robot.lookup("#containers-log-target").queryAs(ComboBox.class).getValue()).label()))
                .isEqualTo(first);
        robot.type(KeyCode.ESCAPE);
        await(10, () -> !robot.lookup("#containers-logs").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        awaitOnVm("the reader to end when the logs window closes", () -> remoteDockerLogs().isEmpty());
        // A desktop gives the focus back to the main window when the logs window closes; headless Monocle does not.
        robot.interact(() -> robot.lookup("#containers-table").query().getScene().getWindow().requestFocus());

        // Enter on a row opens its service's logs in a window of their own: one docker logs -f on the VM.
        robot.clickOn("#container-docker_fast-logger_1");
        robot.type(KeyCode.ENTER);
        await(20, () -> robot.lookup("#containers-logs").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        await(20, () -> logLines().getItems().size() > 100);
        assertThat(remoteDockerLogs()).as("one reader for the one container").hasSize(1);
        assertThat(fx(() -> ((LogTarget) robot.lookup("#containers-log-target").queryAs(ComboBox.class).getValue()).label()))
                .isEqualTo("fast-logger");
        assertThat(fx(() -> logLines().getScene().getWindow() != robot.lookup("#containers-table").query().getScene().getWindow()))
                .isTrue();

        // A regular expression filters the lines. (Queries name the logs window: the dbt tab has a log view too.)
        robot.clickOn(robot.lookup("#containers-logs .log-toolbar .toggle-button")
                .match(n -> ".*".equals(((ToggleButton) n).getText())).queryAs(ToggleButton.class));
        robot.clickOn("#containers-logs #log-filter").write("line \\d*7$");
        await(20, () -> !logLines().getItems().isEmpty() && logLines().getItems().stream()
                .allMatch(l -> ((LogLine) l).plainText().matches(".*fast-logger line \\d*7")));

        // Scrolled up, following pauses and the new lines are counted; the button resumes following.
        robot.clickOn("#containers-logs #log-filter").eraseText(11);
        await(20, () -> logLines().getItems().size() > 1000);
        robot.moveTo("#containers-logs #log-lines").scroll(10, WHEEL_UP);
        await(10, () -> robot.lookup("#containers-logs #log-new-lines").query().isVisible());
        int shown = fx(() -> logLines().getItems().size());
        assertThat(fx(() -> robot.lookup("#containers-logs #log-new-lines").queryAs(Button.class).getText())).matches("[\\d,]+ new lines ↓");
        robot.clickOn("#containers-logs #log-new-lines");
        await(10, () -> !robot.lookup("#containers-logs #log-new-lines").query().isVisible() && logLines().getItems().size() > shown);

        // All services, merged in time order: one reader per container.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitOnVm("a docker logs -f per container", () -> remoteDockerLogs().size() == 5);
        await(20, () -> logLines().getItems().stream().map(l -> ((LogLine) l).stream()).distinct().count() >= 2);
        // Without the chatty fast logger, the other services' lines show, interleaved in time order.
        robot.clickOn("#containers-logs #log-filter").write("^(?!.*fast-logger)");
        await(20, () -> logLines().getItems().stream().map(l -> ((LogLine) l).stream()).distinct().count() >= 3);
        assertThat(fx(() -> logLines().getItems().stream().map(l -> (LogLine) l).toList()))
                .noneMatch(l -> l.stream().contains("fast-logger"))
                .isSortedAccordingTo(LogLine.TIME_ORDER);
        ScreenshotHold.hold();

        // The logs outlive a change of tab; closing their window (Ctrl+W) ends every reader, and with the tab
        // hidden, the link too; showing the tab connects again.
        stack.app().selectTab("activity-tab");
        // The tab change was handled on the FX thread before interact returned: a deactivation would have left "LIVE".
        assertThat(fx(() -> robot.lookup("#containers-summary").queryAs(Label.class).getText())).contains(" · updated ");
        assertThat(remoteDockerLogs()).hasSize(5);
        assertThat(sshConnectionsOnVm()).as("the test's link and the tab's").isEqualTo(2);
        robot.clickOn("#containers-logs #log-lines").press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        awaitOnVm("every docker logs -f to end when the logs window closes", () -> remoteDockerLogs().isEmpty());
        awaitOnVm("the tab's link to close", () -> sshConnectionsOnVm() == 1);
        assertThat(fx(() -> robot.lookup("#containers-logs").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false))).isFalse();
        stack.app().selectTab("containers-tab");
        awaitOnVm("the tab's link again", () -> sshConnectionsOnVm() == 2);

        // Restart the agent: its uptime starts again; stop (confirmed) and start show in its state.
        await(30, () -> row("agent").uptime().map(u -> u.duration().toSeconds() >= 3).orElse(false));
        Duration before = fx(() -> row("agent").uptime().orElseThrow().duration());
        robot.clickOn("#container-docker_agent_1");
        robot.clickOn("#containers-restart");
        await(30, () -> robot.lookup("#containers-action").queryAs(Label.class).getText().startsWith("Restarted agent in "));
        await(10, () -> row("agent").uptime().map(u -> u.duration().compareTo(before) < 0).orElse(false));
        assertThat(fx(() -> row("agent").stateProperty().get())).isEqualTo("running");

        robot.clickOn("#containers-stop");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Stop".equals(((Button) n).getText())).queryButton());
        await(30, () -> "exited".equals(row("agent").stateProperty().get()));
        assertThat(fx(() -> row("agent").uptime())).isEmpty();
        await(30, () -> !robot.lookup("#containers-start").query().isDisabled());
        robot.clickOn("#containers-start");
        await(30, () -> "running".equals(row("agent").stateProperty().get()));

        assertThat(remoteDockerLogs()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<ContainerRow> rows() {
        return robot.lookup("#containers-table").queryAs(TableView.class).getItems();
    }

    private ContainerRow row(String service) {
        return rows().stream().filter(r -> r.service().equals(service)).findFirst().orElseThrow();
    }

    private ListView<?> logLines() {
        return robot.lookup("#containers-logs #log-lines").queryAs(ListView.class);
    }

    private List<String> remoteDockerLogs() {
        return testVm.dockerLogsReaders().lines().toList();
    }

    /** Established connections to the VM's sshd, seen from the VM. */
    private int sshConnectionsOnVm() {
        String out = testVm.run("ss -tnH state established '( sport = :" + testVm.profile().port() + " )'");
        return (int) out.lines().filter(l -> !l.isBlank()).count();
    }


    private void awaitOnVm(String what, BooleanSupplier condition) {
        Await.until(Duration.ofSeconds(20), what, condition, () -> "docker logs readers " + remoteDockerLogs()
                + ", ssh connections " + sshConnectionsOnVm());
    }
}
