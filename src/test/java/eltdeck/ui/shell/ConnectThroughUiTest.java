package eltdeck.ui.shell;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.HostKey;
import eltdeck.ssh.KnownHostsFile;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpStandIn;
import eltdeck.tunnel.Activity;
import eltdeck.ui.testsupport.AppUnderTest;
import eltdeck.ui.testsupport.VmToAdd;
import eltdeck.ui.testsupport.FormTyping;
import eltdeck.ui.testsupport.NoKeychain;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The whole path as a user takes it, headless: add a VM in the dialog, connect, unlock the key, accept the
 * host key, and see the five tunnels Up, against the test VM's embedded SSH server and five HTTP stand-ins.
 */
class ConnectThroughUiTest {
    private static final List<String> SERVICES =
            List.of("Airbyte web app", "Airbyte API", "Prefect UI", "Prefect API", "Prefect GraphQL");
    private static final String PASSPHRASE = "open sesame";

    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private VmToAdd vm;
    private AppContext context;
    private final AppUnderTest app = new AppUnderTest();
    private List<Integer> localPorts;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void servers() throws Exception {
        vm = VmToAdd.start(dir, "ui-test", PASSPHRASE.toCharArray());
        localPorts = IntStream.generate(FreePort::find).distinct().limit(5).boxed().toList();
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
    void addAVmConnectAcceptTheHostKeyAndSeeFiveTunnelsUp() throws Exception {
        startApp();
        await(20, () -> robot.lookup("#empty-add-vm").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#empty-add-vm");

        // The dialog opens ready to type: the name field has the focus. The problems show on their fields, all at
        // once, as the user types; Save waits until there is none.
        await(20, () -> robot.lookup("#profile-name").tryQuery().map(Node::isFocused).orElse(false));
        robot.targetWindow(robot.lookup("#profile-name").query().getScene().getWindow()).write("test vm", 0);
        await(20, () -> text("#profile-name-problem").startsWith("Name 'test vm'"));
        assertThat(text("#profile-host-problem")).startsWith("Host is empty");
        assertThat(fx(() -> robot.lookup("#profile-name").query().getStyleClass())).contains("error");
        assertThat(fx(() -> robot.lookup("#profile-save").query().isDisabled())).isTrue();
        type("#tunnel-1-local", "8000");
        await(20, () -> text("#tunnel-1-problem").contains("Local port 8000 is used by two tunnels"));

        type("#profile-name", "test-vm");
        await(20, () -> !robot.lookup("#profile-name-problem").query().isVisible());
        vm.typeInto(robot, localPorts);
        assertThat(fx(() -> robot.lookup("#profile-use-agent").queryAs(CheckBox.class).isSelected())).isFalse();
        robot.clickOn("#profile-save");

        await(20, () -> "test-vm".equals(text("#overview-name")));
        // Not connected: the section is folded (its rows would only say so), its title saying it; connecting unfolds it.
        assertThat(fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).isExpanded())).isFalse();
        assertThat(fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).getText())).isEqualTo("Tunnels · not connected");
        robot.clickOn("#connect");
        unlockKey(true);

        await(20, () -> robot.lookup("#host-key-fingerprint").tryQuery().isPresent());
        await(20, () -> fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).isExpanded()));
        HostKey serverKey = vm.sshd().hostKey();
        String hostId = KnownHostsFile.hostId("127.0.0.1", vm.sshd().port());
        assertThat(fx(() -> robot.lookup("#host-key-fingerprint").queryAs(TextField.class).getText()))
                .isEqualTo(serverKey.describe(hostId));
        robot.clickOn("#host-key-accept-save");

        awaitAllTunnelsUp();
        // Every tunnel up: the section folds away by itself, its title saying so; unfolded, five one-line rows.
        await(20, () -> !robot.lookup("#tunnels-section").queryAs(TitledPane.class).isExpanded());
        assertThat(fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).getText())).isEqualTo("Tunnels · 5 of 5 up");
        robot.clickOn("#tunnels-section .title");
        await(20, () -> robot.lookup(".tunnel-status-text").queryAllAs(Text.class).stream()
                .filter(t -> t.isVisible() && t.getText().equals("Up")).count() == 5);

        // This computer has no browser: Open says so and offers the address to copy.
        robot.clickOn("#open-" + vm.web().get(2).port());
        await(20, () -> robot.lookup("#open-failed-url").tryQuery().isPresent());
        String url = "http://localhost:" + localPorts.get(2) + "/";
        assertThat(fx(() -> robot.lookup("#open-failed-url").queryAs(TextField.class).getText())).isEqualTo(url);
        assertThat(fx(() -> robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText).toList()))
                .anySatisfy(t -> assertThat(t).startsWith("No browser launcher was found"));
        await(20, () -> robot.lookup("#open-failed-copy").query().isFocused());
        robot.type(KeyCode.SPACE);
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(url);
        robot.clickOn("Close");
        await(20, () -> "1 profile · 1 connected · tunnels 5/5 up".equals(text("#status-line")));
        assertThat(new KnownHostsFile(vm.knownHosts()).check(hostId, serverKey).kind())
                .isEqualTo(KnownHostsFile.Verdict.Kind.KNOWN);
        assertThat(get(localPorts.get(2))).isEqualTo(HttpStandIn.bodyFor(vm.web().get(2).port()));

        robot.clickOn("#disconnect");
        await(20, () -> "1 profile · 0 connected".equals(text("#status-line")));
    }

    @Test
    void aChangedHostKeyIsRefusedAndReplacedOnlyOnConfirmation() throws Exception {
        String hostId = KnownHostsFile.hostId("127.0.0.1", vm.sshd().port());
        HostKey savedKey = vm.sshd().hostKey();
        vm.sshd().writeKnownHosts(vm.knownHosts());
        vm.sshd().restartWithNewHostKey();
        assertThat(vm.sshd().hostKey()).isNotEqualTo(savedKey);
        assertThat(vm.sshd().hostKey().type()).isEqualTo(savedKey.type());
        List<TunnelSpec> tunnels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tunnels.add(new TunnelSpec(SERVICES.get(i), vm.web().get(i).port(), localPorts.get(i)));
        }
        context.profiles().add(new Profile("rebuilt-vm", "127.0.0.1", vm.sshd().port(), vm.sshd().user(), vm.key(), false, null,
                vm.knownHosts(), Profile.KeepAlive.DEFAULT, tunnels));
        startApp();

        await(20, () -> "rebuilt-vm".equals(text("#overview-name")));
        robot.clickOn("#connect");
        unlockKey(false);

        await(20, () -> robot.lookup("#host-key-changed").query().isVisible());
        assertThat(fx(() -> robot.lookup("#failure").query().isVisible())).isFalse();
        assertThat(robot.lookup("Connect anyway").tryQuery()).isEmpty();
        assertThat(fx(() -> robot.lookup("#host-key-changed .text-field").queryAllAs(TextField.class).stream()
                .map(TextField::getText).toList())).containsExactly(
                        savedKey.describe(hostId), vm.sshd().hostKey().describe(hostId));

        robot.clickOn("#replace-host-key");
        robot.clickOn("Replace");
        await(20, () -> !robot.lookup("#host-key-changed").query().isVisible());
        assertThat(new KnownHostsFile(vm.knownHosts()).check(hostId, vm.sshd().hostKey()).kind())
                .isEqualTo(KnownHostsFile.Verdict.Kind.KNOWN);
        assertThat(fx(() -> robot.lookup("#activity-table").queryAs(TableView.class).getItems().stream()
                .map(a -> ((Activity) a).message()).toList()))
                .anySatisfy(m -> assertThat((String) m).startsWith("Replaced the saved host key of " + hostId));

        // The passphrase is kept for this session, and the key is known now: no dialog at all.
        robot.clickOn("#connect");
        awaitAllTunnelsUp();
    }

    private void startApp() throws Exception {
        // A computer without a browser: no launcher on the path the app searches.
        SystemBrowser noBrowser = new SystemBrowser(List.of(List.of("xdg-open")), dir.resolve("no-browser").toString());
        app.open(() -> new EltDeckApp(context, Optional::empty, Platform::exit, noBrowser));
    }

    private void unlockKey(boolean firstRun) {
        await(20, () -> robot.lookup("#passphrase").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#remember-passphrase").query().isDisabled()))
                .as("no OS keychain in this test").isTrue();
        robot.clickOn("#passphrase").write(PASSPHRASE, 0);
        robot.clickOn("#passphrase-unlock");
    }

    private void awaitAllTunnelsUp() {
        // The section's title counts them (folded once all are up, the table itself is built only when it unfolds).
        await(20, () -> "Tunnels · 5 of 5 up".equals(robot.lookup("#tunnels-section").queryAs(TitledPane.class).getText()));
    }

    private void type(String query, String text) {
        FormTyping.type(robot, query, text);
    }

    private String text(String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(null));
    }

    private static String get(int localPort) throws Exception {
        try (InputStream in = new URL("http://127.0.0.1:" + localPort + "/").openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
