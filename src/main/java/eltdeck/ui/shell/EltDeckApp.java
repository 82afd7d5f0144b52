package eltdeck.ui.shell;

import eltdeck.AppContext;
import eltdeck.Face;
import eltdeck.reach.LinkSource;
import eltdeck.reach.LiveSessions;
import eltdeck.reach.ServiceResolver;
import eltdeck.reach.SharedLinks;
import eltdeck.ssh.SshConnector;
import eltdeck.store.AppHome;
import eltdeck.ui.common.DesktopNotifier;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.Notices;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.profile.HostKeyPrompt;
import eltdeck.ui.profile.PassphraseDialog;
import eltdeck.ui.profile.PassphrasePrompt;
import eltdeck.ui.profile.SupervisorFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The ELT Deck window: wires the services to the view models and shows the main window. */
public class EltDeckApp extends Application {
    public static final String TITLE = Labels.APP_NAME;

    /** Handed from {@link #open} to the instance JavaFX makes. */
    private static volatile SingleInstance claimedHome;
    private static volatile String startProfile = "";
    /** Started before the JavaFX toolkit, so the database, keychain and OS theme query run while it starts. */
    private static CompletableFuture<AppContext> opening;
    private static CompletableFuture<ThemeSettings> theming;

    private AppContext context;
    /** Empty until {@link #findTray} found one, once the window was painted. */
    private Optional<Tray> tray = Optional.empty();
    private final Supplier<Optional<Tray>> trayFinder;
    private final Runnable exit;
    private SingleInstance instance;
    private ThemeSettings theme;
    private MainViewModel main;
    private RuntimeException startupFailure;
    private UncaughtErrors uncaughtErrors;
    private OsThemeWatch themeWatch;
    private final SystemBrowser browser;

    public EltDeckApp() {
        this.exit = Platform::exit;
        this.browser = SystemBrowser.forThisComputer();
        this.trayFinder = AwtTray::ifSupported;
    }

    /** Runs against the given services instead of the user's data directory, without a tray (tests). */
    public EltDeckApp(AppContext context) {
        this(context, Optional::empty, Platform::exit, SystemBrowser.forThisComputer());
    }

    /**
     * @param trayFinder the desktop's tray, if any; asked off the FX thread once the window is painted
     * @param exit    ends the app after Quit closed the connections
     * @param browser opens pages with the given browser launchers
     */
    EltDeckApp(AppContext context, Supplier<Optional<Tray>> trayFinder, Runnable exit, SystemBrowser browser) {
        this.context = context;
        this.trayFinder = trayFinder;
        this.exit = exit;
        this.browser = browser;
    }

    /**
     * Opens the window on the user's data directory, with {@code profile} selected unless it is empty; where an app
     * already has that directory, asks it to show its window instead. Returns the exit code once the app has ended.
     */
    public static int open(String profile) {
        Path home = AppHome.resolve();
        Optional<SingleInstance> claimed;
        try {
            claimed = SingleInstance.claim(home);
        } catch (IllegalStateException e) {
            launch(EltDeckApp.class); // it says what is wrong with the data directory
            return 1;
        }
        if (claimed.isEmpty()) {
            if (SingleInstance.handOver(home, profile)) {
                return 0;
            }
            System.err.println("ELT Deck is already running on the data directory " + home + " but does not answer."
                    + " Close it (or end its process), then launch again.");
            return 1;
        }
        claimedHome = claimed.get();
        startProfile = profile;
        opening = CompletableFuture.supplyAsync(() -> AppContext.open(home));
        theming = CompletableFuture.supplyAsync(ThemeSettings::forUser);
        launch(EltDeckApp.class);
        return 0;
    }

    /** Runs before the window, off the FX thread. */
    @Override
    public void init() {
        Face.serve(Face.WINDOW);
        StartupProbe.mark("toolkit");
        theme = theming != null ? theming.join() : ThemeSettings.forUser();
        // Handed to the FX thread now, so that it parses the theme's stylesheet while the database opens.
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        StartupProbe.mark("theme");
        try {
            if (context == null) {
                context = opening != null ? opening.join() : AppContext.open(AppHome.resolve());
            }
            instance = claimedHome != null ? claimedHome : SingleInstance.claim(context.home()).orElse(null);
        } catch (CompletionException e) {
            startupFailure = e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException e) {
            startupFailure = e;
        }
        StartupProbe.mark("database");
    }

    @Override
    public void start(Stage stage) {
        uncaughtErrors = UncaughtErrors.install(() -> stage);
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
        LiveSessions live = new LiveSessions();
        ServiceResolver services = new ServiceResolver(context.database(),
                new SharedLinks(live, LinkSource.own(connector, hostKeys), SharedLinks.OPENSSH_MAX_SESSIONS));
        main = new MainViewModel(context.profiles(), SupervisorFactory.using(connector, hostKeys).trackedIn(live),
                StackServices.using(context.database(), context.secrets(), services), tasks, notices);
        // The app ends at Quit, not when its window closes: tunnels may stay up in the background.
        Platform.setImplicitExit(false);
        BackgroundMode background = new BackgroundMode(stage, main, BackgroundSettings.in(context.home()), exit);
        DeckActions actions = new DeckActions(stage, main, theme, background, browser);
        background.install(actions::quit);
        MainWindow window = new MainWindow(main, actions, theme, FirstRunGuideViewModel.forUser(main, context.home()));
        window.addMenu(new HelpMenu(stage, context.home(), tasks, FolderOpener.forThisMachine())
                .menu(window.gettingStartedMenuItem()));
        themeWatch = OsThemeWatch.start(theme, tasks);
        StartupProbe.mark("window-built");
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
        StartupProbe.mark("shown");
        StartupProbe.reportWhenPainted(main.loadedProperty());
        // After the probe's own wait, so that it marks the first frame before the profiles' views are built.
        FirstFrame.then(() -> {
            window.firstFramePainted();
            findTray(background);
        });
        context.secrets().openInBackground(); // after the window is up: the first secret wanted need not wait for it
        main.open(startProfile);
        if (instance != null) {
            instance.listen(profile -> Platform.runLater(() -> background.open(profile)));
        }
    }

    /** Looks for the desktop's tray off the FX thread: AWT starts for it, which is better done once the window is up. */
    private void findTray(BackgroundMode background) {
        CompletableFuture.supplyAsync(trayFinder).thenAccept(found -> found.ifPresent(t -> Platform.runLater(() -> {
            tray = found;
            background.trayFound(t);
        })));
    }

    /** Closes every connection: tunnels must not outlive the app. */
    @Override
    public void stop() {
        if (main != null) {
            main.shutdown();
        }
        if (themeWatch != null) {
            themeWatch.close();
        }
        if (uncaughtErrors != null) {
            uncaughtErrors.uninstall();
        }
        tray.ifPresent(Tray::remove);
        if (instance != null) {
            instance.close();
        }
    }
}
