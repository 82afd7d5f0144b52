package eltdeck.ui;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.stack.DeployStep;
import eltdeck.store.StackSettingsStore;
import eltdeck.testvm.ConnectedDockerVm;
import eltdeck.ui.testsupport.NoKeychain;
import java.nio.file.Path;
import java.util.Collections;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Deploy from the window, headless, against the real Docker test VM: set the stack in its dialog, deploy and see
 * every step succeed with the readiness output on screen, deploy a new commit, and roll back from the history. Skips (fails on CI) without the test VM's prerequisites.
 */
class DeployThroughUiTest {
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private ConnectedDockerVm testVm;
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void vm() throws Exception {
        testVm = ConnectedDockerVm.start(dir, "deploy-ui");
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        ConnectedDockerVm.close(testVm);
    }

    @Test
    void setTheStackDeployAndRollBackFromTheWindow() throws Exception {
        AppContext context = AppContext.open(dir.resolve("app"), new NoKeychain());
        context.profiles().add(testVm.profile().withName("vm"));
        app = FxToolkit.setupApplication(() -> new EltDeckApp(context));
        FxToolkit.showStage();

        await(20, () -> "vm".equals(robot.lookup("#overview-name").queryAs(Label.class).getText()));
        selectTab("deploy-tab");
        await(20, () -> robot.lookup("#deploy-settings-hint").query().isVisible());
        assertThat(fx(() -> robot.lookup("#deploy").query().isDisabled())).isTrue();

        // A bad value keeps the dialog open with the reason; a good one makes the profile deployable.
        robot.clickOn("#stack-settings");
        await(10, () -> robot.lookup("#stack-repository").tryQuery().isPresent());
        robot.clickOn("#stack-save");
        await(5, () -> robot.lookup("#stack-error").queryAs(Label.class).getText().contains("Enter the repository"));
        robot.clickOn("#stack-repository").write(testVm.repo().url());
        robot.clickOn("#stack-remote-dir").write("~/stack");
        robot.clickOn("#stack-save");
        await(20, () -> !robot.lookup("#deploy").query().isDisabled());
        assertThat(new StackSettingsStore(context.database()).get("vm").remoteDir()).isEqualTo("~/stack");

        String first = testVm.repo().head();
        deployAndAwait("#deploy");
        assertEverySucceeded(first);
        robot.interact(() -> robot.lookup("#deploy-steps").queryAs(ListView.class).getSelectionModel()
                .select(DeployStep.READINESS.ordinal()));
        assertThat(fx(() -> robot.lookup("#deploy-output").queryAs(TextArea.class).getText()))
                .contains("ok: the Prefect UI on 8080 answers");

        String second = testVm.repo().commit("docker/NOTES.md", "second\n", "A second commit");
        deployAndAwait("#deploy");
        assertEverySucceeded(second);

        // History: newest first; roll back to the first deploy, confirming the plain warning.
        selectTab("history-tab");
        TableView<?> history = robot.lookup("#deploy-history").queryAs(TableView.class);
        await(10, () -> history.getItems().size() == 2);
        robot.interact(() -> history.getSelectionModel().select(1));
        robot.clickOn("#rollback");
        await(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText()))
                .contains("not rolled back");
        robot.clickOn("Roll back");
        await(20, () -> robot.lookup("#deploy-cancel").query().isVisible());
        await(300, () -> !robot.lookup("#deploy-cancel").query().isVisible());
        assertEverySucceeded(first);
        await(10, () -> history.getItems().size() == 3);
        robot.interact(() -> robot.lookup("#deploy-steps").queryAs(ListView.class).getSelectionModel()
                .select(DeployStep.REPOSITORY.ordinal()));
        assertThat(fx(() -> robot.lookup("#deploy-output").queryAs(TextArea.class).getText()))
                .contains("at " + first + " (detached HEAD: a rollback; .env, volumes and databases are not rolled back)");
        // -Deltdeck.ui.holdSeconds=N (with -Pwindows under Xvfb): keeps the window up for a screenshot.
        Thread.sleep(Long.getLong("eltdeck.ui.holdSeconds", 0) * 1000);
    }

    private void selectTab(String id) {
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    private void deployAndAwait(String button) {
        robot.clickOn(button);
        await(20, () -> robot.lookup("#deploy-cancel").query().isVisible());
        await(300, () -> !robot.lookup("#deploy-cancel").query().isVisible());
    }

    private void assertEverySucceeded(String commit) {
        ListView<?> steps = robot.lookup("#deploy-steps").queryAs(ListView.class);
        assertThat(fx(() -> steps.getItems().stream().map(r -> ((DeployStepRow) r).state()).toList()))
                .as(fx(() -> robot.lookup("#deploy-result").queryAs(Label.class).getText()))
                .isEqualTo(Collections.nCopies(DeployStep.values().length, DeployStepRow.State.SUCCEEDED));
        assertThat(fx(() -> robot.lookup("#deploy-result").queryAs(Label.class).getText()))
                .startsWith("Deploy succeeded in ").endsWith(" at " + commit + ".");
        // The cells on screen say so too.
        assertThat(fx(() -> robot.lookup(".deploy-step-icon").queryAll().stream()
                .filter(javafx.scene.Node::isVisible).map(n -> n.getStyleClass().contains("deploy-step-succeeded"))
                .distinct().toList())).containsExactly(true);
        assertThat(fx(() -> robot.lookup("#deploy").query().isDisabled())).isFalse();
    }
}
