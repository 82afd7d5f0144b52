package eltdeck.ui.testsupport;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.KeyGenerator;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.ui.shell.EltDeckApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The .env tab as a user meets it, to look at and screenshot: an embedded SSH "VM" whose home is this process's home,
 * holding a stack with a realistic .env (a password with '@', a quoted value) and its .env.example, and the window
 * opened on the .env tab of profile prod-elt. Run it with a scratch home, e.g. under Xvfb:
 * {@code HOME=/home/deck java -Duser.home=/home/deck -cp … eltdeck.ui.testsupport.EnvEditorDemo}.
 */
public final class EnvEditorDemo {
    private static final String USER = "deck";
    private static AppContext context;

    private EnvEditorDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("user.home"));
        Path ssh = Files.createDirectories(home.resolve(".ssh"));
        Path key = ssh.resolve("id_ed25519");
        if (!Files.exists(key)) {
            KeyGenerator.generate(key, USER + "@laptop", null);
        }
        Path authorizedKeys = Files.copy(ssh.resolve("id_ed25519.pub"), ssh.resolve("authorized_keys"), StandardCopyOption.REPLACE_EXISTING);
        EmbeddedSshd sshd = EmbeddedSshd.start(USER, authorizedKeys);
        Path knownHosts = sshd.writeKnownHosts(ssh.resolve("known_hosts"));
        writeStack(home.resolve("elt-stack"));
        context = AppContext.open(Files.createDirectories(home.resolve(".eltdeck")), new NoKeychain());
        if (context.profiles().find("prod-elt").isEmpty()) {
            context.profiles().add(new Profile("prod-elt", "127.0.0.1", sshd.port(), USER, key, false, null, knownHosts,
                    Profile.KeepAlive.DEFAULT, TunnelSpec.defaults()));
        }
        new StackSettingsStore(context.database()).save("prod-elt",
                StackSettings.forRepository("my-org/elt-stack"));
        try (sshd) {
            Application.launch(Window.class, args);
        }
    }

    /** The app on the demo's data directory, brought to the .env tab once the profiles are shown. */
    public static final class Window extends EltDeckApp {
        public Window() {
            super(context);
        }

        @Override
        public void start(Stage stage) {
            super.start(stage);
            PauseTransition loaded = new PauseTransition(Duration.seconds(1));
            loaded.setOnFinished(e -> {
                TabPane tabs = (TabPane) stage.getScene().lookup("#detail-tabs");
                tabs.getTabs().stream().filter(t -> "env-tab".equals(t.getId())).findFirst()
                        .ifPresent(tabs.getSelectionModel()::select);
            });
            loaded.play();
        }
    }

    private static void writeStack(Path repo) throws Exception {
        EnvStack.write(repo, """
                # Warehouse
                SNOWFLAKE_ACCOUNT=xy12345.eu-central-1
                SNOWFLAKE_USER=LOADER
                SNOWFLAKE_PASSWORD=Tr0ub4dor@3-horse
                SNOWFLAKE_WAREHOUSE=LOADING
                # Services on the VM
                AIRBYTE_URL=http://airbyte-server:8001/api
                DBT_TARGET="prod"
                PREFECT__CONTEXT__SECRETS__GITHUB_TOKEN=ghp_EXAMPLE-not-a-real-token
                """);
    }
}
