package eltdeck.ui.shell;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.ssh.KnownHostsFile;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpStandIn;
import eltdeck.ui.testsupport.AppUnderTest;
import eltdeck.ui.testsupport.VmToAdd;
import eltdeck.ui.testsupport.FormTyping;
import eltdeck.ui.testsupport.NoKeychain;
import java.nio.file.Path;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A new user follows the getting-started guide, headless, against the test VM's embedded SSH server and five HTTP
 * stand-ins: Add VM from the guide, check the host key (the connect and its host key dialog), stack settings; each
 * step advances from the real state, and skipping a step or the guide is remembered across restarts.
 */
class FirstRunGuideThroughUiTest {
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private VmToAdd vm;
    private AppContext context;
    private final AppUnderTest app = new AppUnderTest();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void servers() throws Exception {
        vm = VmToAdd.start(dir, "guide-test", null);
        context = AppContext.open(dir.resolve("home"), new NoKeychain());
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        if (vm != null) {
            vm.close();
        }
    }

    @Test
    void aNewUserIsLedFromAddVmToAConnectedVmAndCanSkipTheRest() throws Exception {
        app.open(context);
        await(20, () -> robot.lookup("#guide").query().isVisible());
        assertThat(state(GuideStep.ADD_VM)).isEqualTo(GuideStep.State.CURRENT);
        assertThat(text("#guide-text")).contains("Nothing is sent to the VM yet");

        robot.clickOn("#guide-action");
        fillInTheVm();
        robot.clickOn("#profile-save");

        // The key file exists: straight on to the host key, saying where it connects before it does.
        await(20, () -> state(GuideStep.HOST_KEY) == GuideStep.State.CURRENT);
        assertThat(state(GuideStep.ADD_VM)).isEqualTo(GuideStep.State.DONE);
        assertThat(state(GuideStep.KEY)).isEqualTo(GuideStep.State.DONE);
        assertThat(text("#guide-text")).startsWith("Opens an SSH connection to 127.0.0.1 port " + vm.sshd().port()
                + " and shows the VM's host key fingerprint").endsWith("Nothing is changed on the VM.");
        robot.clickOn("#guide-step-connect");
        assertThat(text("#guide-text")).isEqualTo("Opens an SSH connection to deck@127.0.0.1:" + vm.sshd().port() + " and forwards"
                + " ports " + vm.web().stream().map(w -> w.port() + " (as " + localPortOf(w) + ")").reduce((a, b) -> a + ", " + b)
                .orElseThrow() + " to this computer (127.0.0.1 only); nothing is changed on the VM.");
        robot.clickOn("#guide-step-host-key");

        assertThat(text("#guide-action")).isEqualTo("Check host key");
        robot.clickOn("#guide-action");
        await(20, () -> robot.lookup("#host-key-fingerprint").tryQuery().isPresent());
        robot.clickOn("#host-key-accept-save");

        await(20, () -> state(GuideStep.STACK_SETTINGS) == GuideStep.State.CURRENT);
        assertThat(state(GuideStep.HOST_KEY)).isEqualTo(GuideStep.State.DONE);
        assertThat(state(GuideStep.CONNECT)).isEqualTo(GuideStep.State.DONE);
        assertThat(new KnownHostsFile(vm.knownHosts()).keysFor(KnownHostsFile.hostId("127.0.0.1", vm.sshd().port()))).isNotEmpty();
        // The section's title counts them (folded once all are up, the table itself is built only when it unfolds).
        await(20, () -> "Tunnels · 5 of 5 up".equals(robot.lookup("#tunnels-section").queryAs(TitledPane.class).getText()));

        robot.clickOn("#guide-action");
        await(10, () -> robot.lookup("#stack-repository").tryQuery().isPresent());
        FormTyping.type(robot, "#stack-repository", "acme/elt-stack");
        robot.clickOn("#stack-save");
        await(20, () -> state(GuideStep.DEPLOY) == GuideStep.State.CURRENT);
        assertThat(new StackSettingsStore(context.database()).get("guided-vm")).isEqualTo(
                StackSettings.forRepository("acme/elt-stack"));
        assertThat(text("#guide-text")).contains("clones https://github.com/acme/elt-stack.git (branch main) into ~/elt-stack",
                "runs docker-compose pull and up -d in ~/elt-stack/docker");
        assertThat(fx(() -> robot.lookup("#guide-action").query().isDisabled())).isFalse();

        // People who know skip the deploy here; then put the guide away.
        robot.clickOn("#guide-skip-step");
        await(10, () -> state(GuideStep.DEPLOY) == GuideStep.State.SKIPPED);
        assertThat(text("#guide-close")).isEqualTo("Close the guide");
        robot.clickOn("#guide-close");
        await(10, () -> !robot.lookup("#guide").query().isVisible());
        robot.clickOn("#disconnect");
        await(20, () -> "1 profile · 0 connected".equals(text("#status-line")));
        await(10, () -> GuideSettings.in(context.home()).closed());

        // Closed stays closed; the menu brings the guide back with every step on the list again.
        app.close();
        app.open(context);
        await(20, () -> "guided-vm".equals(text("#overview-name")));
        assertThat(fx(() -> robot.lookup("#guide").tryQuery().map(Node::isVisible).orElse(false)))
                .as("the closed guide is not shown (nor built)").isFalse();
        robot.clickOn("Help").clickOn("#menu-getting-started");
        await(10, () -> robot.lookup("#guide").query().isVisible());
        await(20, () -> state(GuideStep.CONNECT) == GuideStep.State.CURRENT);
        assertThat(state(GuideStep.HOST_KEY)).as("the saved host key").isEqualTo(GuideStep.State.DONE);
        assertThat(state(GuideStep.STACK_SETTINGS)).isEqualTo(GuideStep.State.DONE);
        assertThat(state(GuideStep.DEPLOY)).isEqualTo(GuideStep.State.AHEAD);
    }

    @Test
    void skippingTheGuideOnTheFirstRunLeavesTheEmptyWindowAndIsRemembered() throws Exception {
        app.open(context);
        await(20, () -> robot.lookup("#guide").query().isVisible());
        assertThat(text("#guide-close")).isEqualTo("Skip the guide");
        robot.clickOn("#guide-close");
        await(10, () -> !robot.lookup("#guide").query().isVisible());
        assertThat(fx(() -> robot.lookup("#empty-add-vm").query().isVisible())).isTrue();
        await(10, () -> GuideSettings.in(context.home()).closed());

        app.close();
        app.open(context);
        await(20, () -> robot.lookup("#empty-add-vm").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(fx(() -> robot.lookup("#guide").tryQuery().map(Node::isVisible).orElse(false)))
                .as("the closed guide is not shown (nor built)").isFalse();
    }

    private void fillInTheVm() {
        FormTyping.type(robot, "#profile-name", "guided-vm");
        vm.typeInto(robot, IntStream.generate(FreePort::find).distinct().limit(5).boxed().toList());
    }

    private int localPortOf(HttpStandIn standIn) {
        return context.profiles().list().get(0).tunnels().stream().filter(t -> t.remotePort() == standIn.port())
                .findFirst().orElseThrow().localPort();
    }

    private GuideStep.State state(GuideStep step) {
        return fx(() -> (GuideStep.State) robot.lookup("#guide-step-" + FirstRunGuideView.id(step)).query().getProperties()
                .get("state"));
    }

    private String text(String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> n instanceof Labeled l ? l.getText() : ((Text) n).getText())
                .orElse(null));
    }
}
