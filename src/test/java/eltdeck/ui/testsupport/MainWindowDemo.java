package eltdeck.ui.testsupport;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.KeyGenerator;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.HttpStandIn;
import eltdeck.ui.shell.EltDeckApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window at its default size, connected with its five tunnels up, to look at and screenshot: an embedded SSH
 * "VM" and HTTP stand-ins for the five services, forwarded to the stack's usual local ports (run it in a network
 * namespace of its own, where those ports are free):
 * {@code java -cp … eltdeck.ui.testsupport.MainWindowDemo HOME [TAB-ID] [unfold]}. It shows TAB-ID (e.g. deploy-tab)
 * and connects by itself; "unfold" opens the tunnel section again once the window folded it (every tunnel up).
 */
public final class MainWindowDemo {
    private static final String USER = "deck";
    private static AppContext context;
    private static String tab;
    private static boolean unfold;

    private MainWindowDemo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: MainWindowDemo HOME [TAB-ID] [unfold]");
            System.exit(2);
        }
        Path home = Files.createDirectories(Path.of(args[0]));
        tab = args.length > 1 ? args[1] : "activity-tab";
        unfold = args.length > 2 && args[2].equals("unfold");
        Path key = home.resolve("id_ed25519");
        if (!Files.exists(key)) {
            KeyGenerator.generate(key, USER + "@laptop", null);
        }
        List<HttpStandIn> web = new ArrayList<>();
        try (EmbeddedSshd sshd = EmbeddedSshd.start(USER, home.resolve("id_ed25519.pub"))) {
            Path knownHosts = sshd.writeKnownHosts(home.resolve("known_hosts"));
            // To cut the link by hand (e.g. iptables -j DROP on this port) and look at the window reconnecting.
            System.out.println("The VM's SSH port: " + sshd.port());
            List<TunnelSpec> tunnels = new ArrayList<>();
            for (TunnelSpec usual : TunnelSpec.defaults()) {
                HttpStandIn standIn = HttpStandIn.start(0);
                web.add(standIn);
                tunnels.add(new TunnelSpec(usual.label(), standIn.port(), usual.localPort()));
            }
            context = AppContext.open(home.resolve("eltdeck"), new NoKeychain());
            context.profiles().find("prod-elt").ifPresent(p -> context.profiles().remove(p.name()));
            context.profiles().add(new Profile("prod-elt", "127.0.0.1", sshd.port(), USER, key, false, null, knownHosts,
                    Profile.KeepAlive.DEFAULT, tunnels));
            new StackSettingsStore(context.database()).save("prod-elt", StackSettings.forRepository("my-org/elt-stack"));
            Application.launch(Window.class, args);
        } finally {
            web.forEach(HttpStandIn::close);
        }
    }

    /** The app on the demo's data directory: connects, then shows the tab asked for. */
    public static final class Window extends EltDeckApp {
        public Window() {
            super(context);
        }

        @Override
        public void start(Stage stage) {
            super.start(stage);
            PauseTransition shown = new PauseTransition(Duration.seconds(1));
            shown.setOnFinished(e -> ((Button) stage.getScene().lookup("#connect")).fire());
            shown.play();
            TabPane tabs = (TabPane) stage.getScene().lookup("#detail-tabs");
            tabs.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst().ifPresent(tabs.getSelectionModel()::select);
            // Once every tunnel is up the section folds itself away; "unfold" opens it again, for a look at the rows.
            TitledPane section = (TitledPane) stage.getScene().lookup("#tunnels-section");
            section.expandedProperty().addListener((o, was, expanded) -> {
                if (!expanded && unfold && section.getText().endsWith(" up")) {
                    unfold = false;
                    Platform.runLater(() -> section.setExpanded(true));
                }
            });
        }
    }
}
