package eltdeck.ui.shell;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.AppContext;
import eltdeck.Launcher;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.KeyGenerator;
import eltdeck.store.AppHome;
import eltdeck.testvm.Await;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpStandIn;
import eltdeck.ui.testsupport.AppUnderTest;
import eltdeck.ui.testsupport.NoKeychain;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Tunnels outlive the window, against the embedded SSH server and an HTTP stand-in behind it: closing the window keeps
 * real HTTP flowing through the forward, a second launch (a JVM of its own) brings the window back, and Quit ends
 * every tunnel and SSH session. Headless there is no system tray: one test takes the no-tray path (ask once), the
 * other puts a recording tray where the AWT one would be, found like it once the window is painted.
 */
class BackgroundThroughUiTest {
    private final FxRobot robot = new FxRobot();
    private final CountDownLatch exited = new CountDownLatch(1);
    @TempDir
    Path dir;
    private EmbeddedSshd sshd;
    private HttpStandIn web;
    private int localPort;
    private AppContext context;
    private final AppUnderTest app = new AppUnderTest();
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void servers() throws Exception {
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id_ed25519"), "bg-test", null);
        sshd = EmbeddedSshd.admitting(key, dir);
        Path knownHosts = sshd.writeKnownHosts(dir.resolve("known_hosts"));
        web = HttpStandIn.start(0);
        localPort = FreePort.find();
        context = AppContext.open(dir.resolve("home"), new NoKeychain());
        Profile base = sshd.profile(key.privateKey(), knownHosts);
        context.profiles().add(new Profile("vm-a", base.host(), base.port(), base.user(), base.identityFile(), false, null,
                knownHosts, base.keepAlive(), List.of(new TunnelSpec("Prefect UI", web.port(), localPort))));
        context.profiles().add(new Profile("vm-b", base.host(), base.port(), base.user(), base.identityFile(), false, null,
                knownHosts, base.keepAlive(), List.of()));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        web.close();
        sshd.close();
    }

    @Test
    void withoutATrayClosingAsksOnceKeepsTheTunnelsAndASecondLaunchBringsTheWindowBack() throws Exception {
        startApp(Optional.empty());
        await(20, () -> "vm-a".equals(text("#overview-name")));
        robot.clickOn("#connect");
        awaitTunnelUp();

        requestClose();
        await(20, () -> robot.lookup("#dialog-keep-running").tryQuery().isPresent());
        robot.clickOn("#dialog-keep-running");
        await(20, () -> !stage.isShowing());
        assertThat(get()).as("HTTP through the tunnel with the window closed").isEqualTo(HttpStandIn.bodyFor(web.port()));
        assertThat(Files.readString(context.home().resolve("background.properties"))).contains("whenClosed=keep", "told=true");

        Process second = launch("open", "vm-b");
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(output()).isZero();
        await(20, () -> stage.isShowing() && "vm-b".equals(text("#overview-name")));
        await(20, () -> notices().contains("The tunnels keep running with the window closed."));
        assertThat(get()).isEqualTo(HttpStandIn.bodyFor(web.port()));

        requestClose();
        await(20, () -> !stage.isShowing());
        assertThat(fx(() -> robot.lookup("#dialog-keep-running").tryQuery().isPresent())).as("asked once only").isFalse();
        assertThat(get()).isEqualTo(HttpStandIn.bodyFor(web.port()));

        Process third = launch();
        assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(third.exitValue()).as(output()).isZero();
        await(20, () -> stage.isShowing());
        robot.targetWindow(stage).push(KeyCode.CONTROL, KeyCode.Q);
        awaitQuitEndedEverything();
    }

    @Test
    void theTrayShowsTheStateAndItsMenuConnectsBringsTheWindowBackAndQuits() throws Exception {
        RecordingTray tray = new RecordingTray();
        startApp(Optional.of(tray));
        await(20, () -> tray.state() == Tray.State.IDLE);
        assertThat(tray.labels()).containsExactly("Show ELT Deck", "Connect vm-a", "Connect vm-b", "Quit");

        tray.click("Connect vm-a");
        await(20, () -> tray.state() == Tray.State.CONNECTED && tray.labels().contains("Disconnect vm-a"));
        awaitTunnelUp();
        assertThat(tray.tooltip()).isEqualTo("ELT Deck: 2 profiles · 1 connected · tunnels 1/1 up");

        requestClose();
        await(20, () -> !stage.isShowing());
        assertThat(fx(() -> robot.lookup("#dialog-keep-running").tryQuery().isPresent())).as("a tray needs no question").isFalse();
        assertThat(get()).isEqualTo(HttpStandIn.bodyFor(web.port()));
        assertThat(tray.state()).isEqualTo(Tray.State.CONNECTED);

        tray.click("Show ELT Deck");
        await(20, () -> stage.isShowing());
        requestClose();
        await(20, () -> !stage.isShowing());

        tray.click("Quit");
        awaitQuitEndedEverything();
        assertThat(tray.removed()).isTrue();
    }

    @Test
    void theRememberedAnswerIsChangedInTheFileMenuAndThenClosingQuits() throws Exception {
        Files.writeString(context.home().resolve("background.properties"), "whenClosed=keep\ntold=true\n");
        startApp(Optional.empty());
        await(20, () -> "vm-a".equals(text("#overview-name")));
        robot.clickOn("#connect");
        awaitTunnelUp();

        robot.clickOn("File");
        await(10, () -> robot.lookup(BackgroundMode.KEEP_RUNNING).tryQuery().isPresent());
        robot.clickOn(BackgroundMode.KEEP_RUNNING);
        assertThat(Files.readString(context.home().resolve("background.properties"))).contains("whenClosed=quit");

        requestClose();
        awaitQuitEndedEverything();
        assertThat(fx(() -> robot.lookup("#dialog-keep-running").tryQuery().isPresent())).isFalse();
    }

    private void startApp(Optional<Tray> tray) throws Exception {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        app.open(() -> new EltDeckApp(context, () -> tray, exited::countDown, SystemBrowser.forThisComputer()));
    }

    /** What the window manager's close button does. Not waited for: it may open a dialog that waits for an answer. */
    private void requestClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private void awaitTunnelUp() {
        await(20, () -> "2 profiles · 1 connected · tunnels 1/1 up".equals(text("#status-line")));
    }

    private void awaitQuitEndedEverything() throws Exception {
        assertThat(exited.await(20, TimeUnit.SECONDS)).as("Quit ends the app").isTrue();
        assertThatThrownBy(() -> new Socket("127.0.0.1", localPort).close()).isInstanceOf(ConnectException.class);
        Await.until(Duration.ofSeconds(20), "every SSH session closed", () -> sshd.openSessions() == 0);
    }

    /** The app launched again, as a user would: {@code eltdeck [ARGS]} in a JVM of its own, on the same data directory. */
    private Process launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("launch.log").toFile());
        builder.environment().put(AppHome.ENV_VAR, context.home().toString());
        return builder.start();
    }

    private String output() throws Exception {
        return Files.readString(dir.resolve("launch.log"));
    }

    private String text(String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(null));
    }

    private String get() throws Exception {
        try (InputStream in = new URL("http://127.0.0.1:" + localPort + "/").openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Stands where the AWT tray would be: keeps what the app shows in it, and clicks its items as AWT would. */
    private static final class RecordingTray implements Tray {
        private volatile State state;
        private volatile String tooltip;
        private volatile List<Item> menu = List.of();
        private volatile boolean removed;

        @Override
        public void show(State now, String text, List<Item> items) {
            state = now;
            tooltip = text;
            menu = List.copyOf(items);
        }

        @Override
        public void remove() {
            removed = true;
        }

        State state() {
            return state;
        }

        String tooltip() {
            return tooltip;
        }

        boolean removed() {
            return removed;
        }

        List<String> labels() {
            return menu.stream().map(Item::label).toList();
        }

        void click(String label) {
            Item item = menu.stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow();
            Platform.runLater(item.action());
        }
    }

    /** The words of the notifications on screen, one a line (read on the FX thread). */
    private String notices() {
        return robot.lookup(".notification-bar.notice .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("\n"));
    }
}
