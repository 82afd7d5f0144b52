package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.HostKey;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.KnownHostsFile;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpStandIn;
import eltdeck.tunnel.Activity;
import eltdeck.ui.common.TunnelRow;
import eltdeck.ui.testsupport.FormTyping;
import eltdeck.ui.testsupport.NoKeychain;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Application;
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
import org.testfx.util.WaitForAsyncUtils;

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
    private EmbeddedSshd sshd;
    private final List<HttpStandIn> web = new ArrayList<>();
    private AppContext context;
    private Application app;
    private Path key;
    private Path knownHosts;
    private List<Integer> localPorts;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void servers() throws Exception {
        KeyGenerator.GeneratedKey generated = KeyGenerator.generate(dir.resolve("keys/id_ed25519"), "ui-test",
                PASSPHRASE.toCharArray());
        key = generated.privateKey();
        knownHosts = dir.resolve("known_hosts");
        sshd = EmbeddedSshd.start("deck", Files.writeString(dir.resolve("authorized_keys"), generated.publicLine() + "\n"));
        for (int i = 0; i < 5; i++) {
            web.add(HttpStandIn.start(0));
        }
        localPorts = IntStream.generate(FreePort::find).distinct().limit(5).boxed().toList();
        context = AppContext.open(dir.resolve("home"), new NoKeychain());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        web.forEach(HttpStandIn::close);
        sshd.close();
    }

    @Test
    void addAVmConnectAcceptTheHostKeyAndSeeFiveTunnelsUp() throws Exception {
        startApp();
        await(() -> robot.lookup("#empty-add-vm").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#empty-add-vm");

        // The dialog opens ready to type: the name field has the focus. The problems show on their fields, all at
        // once, as the user types; Save waits until there is none.
        await(() -> robot.lookup("#profile-name").tryQuery().map(Node::isFocused).orElse(false));
        robot.targetWindow(robot.lookup("#profile-name").query().getScene().getWindow()).write("test vm", 0);
        await(() -> text("#profile-name-problem").startsWith("Name 'test vm'"));
        assertThat(text("#profile-host-problem")).startsWith("Host is empty");
        assertThat(fx(() -> robot.lookup("#profile-name").query().getStyleClass())).contains("error");
        assertThat(fx(() -> robot.lookup("#profile-save").query().isDisabled())).isTrue();
        type("#tunnel-1-local", "8000");
        await(() -> text("#tunnel-1-problem").contains("Local port 8000 is used by two tunnels"));

        type("#profile-name", "test-vm");
        await(() -> !robot.lookup("#profile-name-problem").query().isVisible());
        type("#profile-host", sshd.host());
        type("#profile-port", Integer.toString(sshd.port()));
        type("#profile-user", sshd.user());
        type("#profile-identity", key.toString());
        robot.clickOn("#profile-use-agent");
        type("#profile-known-hosts", knownHosts.toString());
        for (int i = 0; i < 5; i++) {
            type("#tunnel-" + i + "-remote", Integer.toString(web.get(i).port()));
            type("#tunnel-" + i + "-local", Integer.toString(localPorts.get(i)));
        }
        assertThat(fx(() -> robot.lookup("#profile-use-agent").queryAs(CheckBox.class).isSelected())).isFalse();
        robot.clickOn("#profile-save");

        await(() -> "test-vm".equals(text("#overview-name")));
        // Not connected: the section is folded (its rows would only say so), its title saying it; connecting unfolds it.
        assertThat(fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).isExpanded())).isFalse();
        assertThat(fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).getText())).isEqualTo("Tunnels · not connected");
        robot.clickOn("#connect");
        unlockKey(true);

        await(() -> robot.lookup("#host-key-fingerprint").tryQuery().isPresent());
        await(() -> fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).isExpanded()));
        HostKey serverKey = sshd.hostKey();
        String hostId = KnownHostsFile.hostId("127.0.0.1", sshd.port());
        assertThat(fx(() -> robot.lookup("#host-key-fingerprint").queryAs(TextField.class).getText()))
                .isEqualTo(serverKey.describe(hostId));
        robot.clickOn("#host-key-accept-save");

        awaitAllTunnelsUp();
        // Every tunnel up: the section folds away by itself, its title saying so; unfolded, five one-line rows.
        await(() -> !robot.lookup("#tunnels-section").queryAs(TitledPane.class).isExpanded());
        assertThat(fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).getText())).isEqualTo("Tunnels · 5 of 5 up");
        robot.clickOn("#tunnels-section .title");
        await(() -> robot.lookup(".tunnel-status-text").queryAllAs(Text.class).stream()
                .filter(t -> t.isVisible() && t.getText().equals("Up")).count() == 5);

        // This computer has no browser: Open says so and offers the address to copy.
        robot.clickOn("#open-" + web.get(2).port());
        await(() -> robot.lookup("#open-failed-url").tryQuery().isPresent());
        String url = "http://localhost:" + localPorts.get(2) + "/";
        assertThat(fx(() -> robot.lookup("#open-failed-url").queryAs(TextField.class).getText())).isEqualTo(url);
        assertThat(fx(() -> robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText).toList()))
                .anySatisfy(t -> assertThat(t).startsWith("No browser launcher was found"));
        await(() -> robot.lookup("#open-failed-copy").query().isFocused());
        robot.type(KeyCode.SPACE);
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(url);
        robot.clickOn("Close");
        await(() -> "1 profile · 1 connected · tunnels 5/5 up".equals(text("#status-line")));
        assertThat(new KnownHostsFile(knownHosts).check(hostId, serverKey).kind()).isEqualTo(KnownHostsFile.Verdict.Kind.KNOWN);
        assertThat(get(localPorts.get(2))).isEqualTo(HttpStandIn.bodyFor(web.get(2).port()));

        robot.clickOn("#disconnect");
        await(() -> "1 profile · 0 connected".equals(text("#status-line")));
    }

    @Test
    void aChangedHostKeyIsRefusedAndReplacedOnlyOnConfirmation() throws Exception {
        String hostId = KnownHostsFile.hostId("127.0.0.1", sshd.port());
        HostKey savedKey = sshd.hostKey();
        sshd.writeKnownHosts(knownHosts);
        sshd.restartWithNewHostKey();
        assertThat(sshd.hostKey()).isNotEqualTo(savedKey);
        assertThat(sshd.hostKey().type()).isEqualTo(savedKey.type());
        List<TunnelSpec> tunnels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tunnels.add(new TunnelSpec(SERVICES.get(i), web.get(i).port(), localPorts.get(i)));
        }
        context.profiles().add(new Profile("rebuilt-vm", "127.0.0.1", sshd.port(), sshd.user(), key, false, null, knownHosts,
                Profile.KeepAlive.DEFAULT, tunnels));
        startApp();

        await(() -> "rebuilt-vm".equals(text("#overview-name")));
        robot.clickOn("#connect");
        unlockKey(false);

        await(() -> robot.lookup("#host-key-changed").query().isVisible());
        assertThat(fx(() -> robot.lookup("#failure").query().isVisible())).isFalse();
        assertThat(robot.lookup("Connect anyway").tryQuery()).isEmpty();
        assertThat(fx(() -> robot.lookup("#host-key-changed .text-field").queryAllAs(TextField.class).stream()
                .map(TextField::getText).toList())).containsExactly(
                        savedKey.describe(hostId), sshd.hostKey().describe(hostId));

        robot.clickOn("#replace-host-key");
        robot.clickOn("Replace");
        await(() -> !robot.lookup("#host-key-changed").query().isVisible());
        assertThat(new KnownHostsFile(knownHosts).check(hostId, sshd.hostKey()).kind())
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
        app = FxToolkit.setupApplication(() -> new EltDeckApp(context, Optional.empty(), Platform::exit, noBrowser));
        FxToolkit.showStage();
    }

    private void unlockKey(boolean firstRun) {
        await(() -> robot.lookup("#passphrase").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#remember-passphrase").query().isDisabled()))
                .as("no OS keychain in this test").isTrue();
        robot.clickOn("#passphrase").write(PASSPHRASE, 0);
        robot.clickOn("#passphrase-unlock");
    }

    private void awaitAllTunnelsUp() {
        await(() -> {
            TableView<?> table = robot.lookup("#tunnel-table").queryAs(TableView.class);
            return table.getItems().size() == 5 && table.getItems().stream().allMatch(r -> ((TunnelRow) r).isUp());
        });
    }

    private void type(String query, String text) {
        FormTyping.type(robot, query, text);
    }

    private String text(String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(null));
    }

    private static void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The window did not get there within 20 s", e);
        }
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String get(int localPort) throws Exception {
        try (InputStream in = new URL("http://127.0.0.1:" + localPort + "/").openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
