package eltdeck.ui;

import eltdeck.AppContext;
import eltdeck.Face;
import eltdeck.ssh.SshConnector;
import eltdeck.store.AppHome;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The ELT Deck window: wires the services to the view models and shows the main window. */
public class EltDeckApp extends Application {
    static final String TITLE = "ELT Deck";

    private AppContext context;
    private ThemeSettings theme;
    private MainViewModel main;
    private RuntimeException startupFailure;
    private final SystemBrowser browser;

    public EltDeckApp() {
        browser = SystemBrowser.forThisComputer();
    }

    /** Runs against the given services instead of the user's data directory (tests). */
    public EltDeckApp(AppContext context) {
        this(context, SystemBrowser.forThisComputer());
    }

    /** ... and opens pages with the given browser launchers (tests). */
    EltDeckApp(AppContext context, SystemBrowser browser) {
        this.context = context;
        this.browser = browser;
    }

    public static void main(String[] args) {
        launch(EltDeckApp.class, args);
    }

    /** Runs before the window, off the FX thread: the database migration and the OS theme query may take a moment. */
    @Override
    public void init() {
        Face.serve(Face.WINDOW);
        theme = ThemeSettings.forUser();
        if (context == null) {
            try {
                context = AppContext.open(AppHome.resolve());
            } catch (RuntimeException e) {
                startupFailure = e;
            }
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        theme.darkProperty().addListener(o -> Application.setUserAgentStylesheet(theme.userAgentStylesheet()));
        if (startupFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startupFailure.getMessage());
            alert.setTitle(TITLE);
            alert.setHeaderText("ELT Deck cannot open its data directory");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        TaskRunner tasks = TaskRunner.forFx();
        Notices notices = new Notices(tasks, DesktopNotifier.forThisMachine());
        PassphrasePrompt passphrases = new PassphrasePrompt(context.secrets(), PassphraseDialog.asker(() -> stage), notices);
        HostKeyPrompt hostKeys = new HostKeyPrompt(() -> stage);
        SshConnector connector = new SshConnector(passphrases);
        main = new MainViewModel(context.profiles(), SupervisorFactory.using(connector, hostKeys),
                new StackServices(Deployer.using(context.database(), context.secrets(), connector, hostKeys),
                        StackConnector.using(context.database(), connector, hostKeys),
                        EnvAccess.using(context.database(), connector, hostKeys),
                        PrefectAccess.using(context.database(), connector, hostKeys),
                        AirbyteAccess.using(context.database(), context.secrets()),
                        DbtAccess.using(context.database(), connector, hostKeys)), tasks, notices);
        DeckActions actions = new DeckActions(stage, main, theme, browser);
        MainWindow window = new MainWindow(main, actions, theme);
        stage.setOnCloseRequest(e -> {
            if (!actions.mayLeave()) {
                e.consume();
            }
        });
        Scene scene = new Scene(window);
        scene.getStylesheets().add(Dialogs.STYLESHEET);
        window.installExtraShortcuts(scene);
        stage.setTitle(TITLE);
        stage.getIcons().add(new javafx.scene.image.Image(EltDeckApp.class.getResource("/eltdeck/icon.png").toExternalForm()));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        WindowLayout.in(context.home()).applyTo(stage, window.tunnelsExpandedProperty());
        stage.show();
        main.load();
    }

    /** Closes every connection: tunnels must not outlive the window. */
    @Override
    public void stop() {
        if (main != null) {
            main.shutdown();
        }
    }
}
