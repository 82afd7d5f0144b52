package eltdeck.ui.shell;

import eltdeck.tunnel.ConnectionState;
import eltdeck.ui.profile.ProfileViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;

/** Keeps the tray icon in step with the profiles: their connection state in the picture, Connect/Disconnect in the menu. */
final class TrayPresenter {
    private final Tray tray;
    private final MainViewModel main;
    private final Runnable show;
    private final Runnable quit;

    /**
     * @param show brings the window back
     * @param quit ends every connection and the app
     */
    TrayPresenter(Tray tray, MainViewModel main, Runnable show, Runnable quit) {
        this.tray = tray;
        this.main = main;
        this.show = show;
        this.quit = quit;
    }

    /** Shows the icon and follows the profiles from now on. On the FX thread. */
    void start() {
        main.profiles().addListener((ListChangeListener<ProfileViewModel>) c -> update());
        update();
    }

    private void update() {
        tray.show(state(main.profiles()), EltDeckApp.TITLE + ": " + StatusLine.of(main.profiles()), menu());
    }

    /** Trouble (reconnecting, failed) shows over everything else; then connecting; then connected. */
    static Tray.State state(List<ProfileViewModel> profiles) {
        List<ConnectionState.Kind> kinds = profiles.stream().map(p -> p.stateProperty().get().kind()).toList();
        if (kinds.contains(ConnectionState.Kind.RECONNECTING) || kinds.contains(ConnectionState.Kind.FAILED)) {
            return Tray.State.TROUBLE;
        }
        if (kinds.contains(ConnectionState.Kind.CONNECTING)) {
            return Tray.State.CONNECTING;
        }
        return kinds.contains(ConnectionState.Kind.CONNECTED) ? Tray.State.CONNECTED : Tray.State.IDLE;
    }

    private List<Tray.Item> menu() {
        List<Tray.Item> items = new ArrayList<>();
        items.add(new Tray.Item("Show " + EltDeckApp.TITLE, show));
        for (ProfileViewModel p : main.profiles()) {
            items.add(p.activeProperty().get()
                    ? new Tray.Item("Disconnect " + p.name(), p::disconnect)
                    : new Tray.Item("Connect " + p.name(), p::connect));
        }
        items.add(new Tray.Item("Quit", quit));
        return items;
    }
}
