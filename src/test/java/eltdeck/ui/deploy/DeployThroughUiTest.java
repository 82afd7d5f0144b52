package eltdeck.ui.deploy;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.stack.DeployRecord;
import eltdeck.stack.DeployStep;
import eltdeck.stack.StackSettingsStore;
import eltdeck.testvm.ConnectedDockerVm;
import eltdeck.ui.common.Durations;
import eltdeck.ui.testsupport.AppUnderTest;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.ScreenshotHold;
import java.nio.file.Path;
import java.util.Collections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
    private final AppUnderTest app = new AppUnderTest();

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
        app.close();
        ConnectedDockerVm.close(testVm);
    }

    @Test
    void setTheStackDeployAndRollBackFromTheWindow() throws Exception {
        AppContext context = AppContext.open(dir.resolve("app"), new NoKeychain());
        context.profiles().add(testVm.profile().withName("vm"));
        app.openOn(context, "vm");
        // Ctrl+Shift+D before there is a stack: the Deploy tab comes up with the focus on Stack settings.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        await(10, () -> "deploy-tab".equals(app.selectedTab()));
        await(20, () -> robot.lookup("#deploy-settings-hint").query().isVisible());
        await(10, () -> robot.lookup("#stack-settings").query().isFocused());
        assertThat(fx(() -> robot.lookup("#deploy").query().isDisabled())).isTrue();
        assertThat(fx(() -> robot.lookup("#deploy-settings-hint").queryAs(Label.class).getText())).doesNotContain("eltdeck ");

        // Space opens the dialog, its first field focused; the empty repository is marked on its field, Save waits.
        robot.type(KeyCode.SPACE);
        await(10, () -> robot.lookup("#stack-repository").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(fx(() -> robot.lookup("#stack-save").query().isDisabled())).isTrue();
        assertThat(fx(() -> robot.lookup("#stack-repository-problem").queryAs(Label.class).getText())).contains("Enter the repository");
        robot.targetWindow(robot.lookup("#stack-repository").query().getScene().getWindow()).write(testVm.repo().url());
        robot.clickOn("#stack-dbt-container-dir").write("root/dbt");
        await(5, () -> robot.lookup("#stack-dbt-container-dir-problem").queryAs(Label.class).getText().contains("absolute path"));
        assertThat(fx(() -> robot.lookup("#stack-save").query().isDisabled())).isTrue();
        robot.interact(() -> robot.lookup("#stack-dbt-container-dir").queryAs(TextField.class).clear());
        robot.clickOn("#stack-remote-dir").write("~/stack");
        robot.clickOn("#stack-save");
        await(20, () -> !robot.lookup("#deploy").query().isDisabled());
        assertThat(new StackSettingsStore(context.database()).get("vm").remoteDir()).isEqualTo("~/stack");

        // With a stack, Ctrl+Shift+D puts the focus on Deploy, which asks first: cancelled, nothing is deployed.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        await(10, () -> robot.lookup("#deploy").query().isFocused());
        robot.type(KeyCode.SPACE);
        await(10, () -> robot.lookup("#dialog-confirm").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertThat(fx(() -> robot.lookup("#deploy-cancel").query().isVisible())).isFalse();
        assertThat(fx(() -> robot.lookup("#deploy-result").query().isVisible())).isFalse();

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

        // History: newest first, with the duration the Deploy tab showed; roll back to the first deploy, confirming
        // the plain warning.
        String took = fx(() -> robot.lookup("#deploy-result").queryAs(Label.class).getText()).replaceAll("^Deploy succeeded in (\\S+ s) .*", "$1");
        app.selectTab("history-tab");
        TableView<?> history = robot.lookup("#deploy-history").queryAs(TableView.class);
        await(10, () -> history.getItems().size() == 2);
        assertThat(fx(() -> Durations.seconds(((DeployRecord) history.getItems().get(0)).duration()))).isEqualTo(took);
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
        ScreenshotHold.hold();
    }

    private void deployAndAwait(String button) {
        robot.clickOn(button);
        robot.clickOn("#dialog-confirm");
        await(20, () -> robot.lookup("#deploy-cancel").query().isVisible());
        await(300, () -> !robot.lookup("#deploy-cancel").query().isVisible());
        // The focus is back on Deploy, not in the field that happened to follow Cancel.
        await(10, () -> robot.lookup("#deploy").query().isFocused());
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
