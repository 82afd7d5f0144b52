package eltdeck.ui.shell;

import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.profile.ProfileViewModel;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Tunnels outlive the window: closing it while a profile is connected leaves the app running, in the system tray
 * where the desktop has one, else after asking once (the answer kept, changeable in the File menu). Quit is the one
 * way out: it ends every connection, then the app. Runs on the FX thread.
 */
final class BackgroundMode {
    static final String KEEP_RUNNING = "Keep tunnels running when the window closes";
    private final Stage stage;
    private final MainViewModel main;
    /** Empty until {@link #trayFound}. */
    private Optional<Tray> tray = Optional.empty();
    private final BackgroundSettings settings;
    private final Runnable exit;
    private final CheckMenuItem keepRunning = new CheckMenuItem(KEEP_RUNNING);
    private Runnable quit = () -> { };

    /** @param exit ends the app once the connections are closed ({@code Platform::exit}) */
    BackgroundMode(Stage stage, MainViewModel main, BackgroundSettings settings, Runnable exit) {
        this.stage = stage;
        this.main = main;
        this.settings = settings;
        this.exit = exit;
        keepRunning.setId("keep-running");
        keepRunning.setSelected(settings.whenClosed() == BackgroundSettings.WhenClosed.KEEP);
        keepRunning.setOnAction(e -> settings.setWhenClosed(keepRunning.isSelected()
                ? BackgroundSettings.WhenClosed.KEEP : BackgroundSettings.WhenClosed.QUIT));
    }

    /** Takes over the window's close button; {@code quitAsked} is Quit from the menu (it may ask). */
    void install(Runnable quitAsked) {
        this.quit = quitAsked;
        stage.setOnCloseRequest(this::closeRequested);
    }

    /** Shows the tray icon in the desktop's tray, found once the window is up (looking starts AWT, which takes a while). */
    void trayFound(Tray found) {
        tray = Optional.of(found);
        if (settings.whenClosed() == BackgroundSettings.WhenClosed.ASK) {
            keepRunning.setSelected(true); // a tray needs no question: closing keeps the tunnels
        }
        new TrayPresenter(found, main, this::bringToFront, () -> {
            if (!main.unsavedEnvEdits().isEmpty()) {
                bringToFront(); // Quit asks about them over the window
            }
            quit.run();
        }).start();
    }

    private void closeRequested(WindowEvent e) {
        e.consume();
        boolean connected = main.profiles().stream().anyMatch(p -> p.activeProperty().get());
        switch (connected ? onClose() : BackgroundSettings.WhenClosed.QUIT) {
            case QUIT -> quit.run();
            case KEEP -> hideKeepingTunnels();
            case ASK -> { } // the user cancelled: the window stays
        }
    }

    private void hideKeepingTunnels() {
        stage.hide();
        if (!settings.told()) {
            settings.setTold();
            main.notices().alert("The tunnels keep running with the window closed. " + (tray.isPresent()
                    ? "Open ELT Deck again from its icon in the system tray; Quit there ends them."
                    : "Launch ELT Deck again to bring the window back; Quit (" + Shortcuts.QUIT.getDisplayText() + ") ends them."));
        }
    }

    /** What closing the window does now; asks the first time where there is no tray (ASK: the user cancelled). */
    private BackgroundSettings.WhenClosed onClose() {
        BackgroundSettings.WhenClosed chosen = settings.whenClosed();
        if (chosen != BackgroundSettings.WhenClosed.ASK) {
            return chosen;
        }
        return tray.isPresent() ? BackgroundSettings.WhenClosed.KEEP : ask();
    }

    private BackgroundSettings.WhenClosed ask() {
        String connected = main.profiles().stream().filter(p -> p.activeProperty().get()).map(ProfileViewModel::name)
                .collect(Collectors.joining(", "));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        Dialogs.prepare(alert, stage, "Close " + EltDeckApp.TITLE, 620);
        alert.setHeaderText("Keep the tunnels running after the window closes?");
        alert.setContentText(connected + " is connected. " + EltDeckApp.TITLE + " can keep the tunnels running without its"
                + " window (launch it again to bring the window back), or quit and end them. Your answer is kept; change"
                + " it with File > " + KEEP_RUNNING + ".");
        ButtonType keep = new ButtonType("Keep running", ButtonBar.ButtonData.YES);
        ButtonType quitNow = new ButtonType("Quit", ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, quitNow, keep);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(keep).setId("dialog-keep-running");
        alert.getDialogPane().lookupButton(quitNow).setId("dialog-quit");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return BackgroundSettings.WhenClosed.ASK;
        }
        BackgroundSettings.WhenClosed chosen = answer.get() == keep ? BackgroundSettings.WhenClosed.KEEP : BackgroundSettings.WhenClosed.QUIT;
        settings.setWhenClosed(chosen);
        keepRunning.setSelected(chosen == BackgroundSettings.WhenClosed.KEEP);
        return chosen;
    }

    /** The File menu's switch for what closing the window does while tunnels are up. */
    CheckMenuItem keepRunningItem() {
        return keepRunning;
    }

    /** Shows the window, in front (the tray's Show, a second launch). */
    void bringToFront() {
        stage.show();
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    /** A second launch asked for the window, and for {@code profile} in it unless that is empty. */
    void open(String profile) {
        bringToFront();
        if (!profile.isEmpty()) {
            main.open(profile);
        }
    }

    /** Ends every connection (the window goes at once; the closing is waited for off the FX thread), then the app. */
    void exit() {
        stage.hide();
        tray.ifPresent(Tray::remove);
        Runnable closed = main.startShutdown();
        Thread quitting = new Thread(() -> {
            closed.run();
            Platform.runLater(exit);
        }, "quit");
        quitting.setDaemon(true);
        quitting.start();
    }
}
