package eltdeck.ui.profile;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.TitledPane;

/**
 * Folds the tunnel section away when every tunnel is up or the profile is not connected (every row would only say
 * "Not connected"), so the tabs below get the height, and unfolds it when one is not up while connected (connecting,
 * reconnecting, a busy port): the section shows itself when there is something to see. Its title says how many are
 * up, so a folded section still tells the state. The user may fold or unfold it by hand in between.
 */
public final class TunnelFold {
    /** What the tunnels of a profile amount to. */
    enum Health {
        /** Not connected: the rows would only say so, the title says it already. */
        IDLE,
        ALL_UP,
        /** Connected, and at least one tunnel is not up (yet). */
        NOT_ALL_UP
    }

    private final TitledPane section;
    private ObjectBinding<Health> health;
    private final InvalidationListener changed = o -> apply();

    public TunnelFold(TitledPane section) {
        this.section = section;
    }

    static Health health(boolean active, int up, int total) {
        if (!active || total == 0) {
            return Health.IDLE;
        }
        return up == total ? Health.ALL_UP : Health.NOT_ALL_UP;
    }

    static String title(boolean active, int up, int total) {
        return active ? "Tunnels · " + up + " of " + total + " up" : "Tunnels · not connected";
    }

    /** Follows {@code vm}'s tunnels from now on (the previous profile's are let go). */
    public void follow(ProfileViewModel vm) {
        if (health != null) {
            health.removeListener(changed);
            health.dispose();
        }
        health = Bindings.createObjectBinding(() -> health(vm.activeProperty().get(), vm.tunnelsUpProperty().get(),
                vm.tunnels().size()), vm.activeProperty(), vm.tunnelsUpProperty(), vm.tunnels());
        section.textProperty().bind(Bindings.createStringBinding(() -> title(vm.activeProperty().get(),
                vm.tunnelsUpProperty().get(), vm.tunnels().size()), vm.activeProperty(), vm.tunnelsUpProperty(), vm.tunnels()));
        health.addListener(changed);
        apply();
    }

    private void apply() {
        switch (health.get()) {
            case ALL_UP, IDLE -> section.setExpanded(false);
            case NOT_ALL_UP -> section.setExpanded(true);
        }
    }
}
