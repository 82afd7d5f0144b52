package eltdeck.ui.common;

import java.net.URI;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * Where an API of a profile's stack answers: a URL set for the profile, or the local end of its tunnel to a VM port
 * while that tunnel is up. When there is none, {@link #whyNoneProperty()} says what to do. Subclasses decide which
 * in {@link #update()}, called again whenever a tunnel changes. UI thread only.
 */
public abstract class TunnelledEndpoint {
    protected final Supplier<String> profileName;
    protected final TaskRunner tasks;
    private final ObservableList<TunnelRow> tunnels;
    private final ReadOnlyObjectWrapper<URI> url = new ReadOnlyObjectWrapper<>(this, "url");
    private final ReadOnlyStringWrapper whyNone = new ReadOnlyStringWrapper(this, "whyNone", "");

    /** Subclasses call {@link #update()} once their own fields are set. */
    public TunnelledEndpoint(Supplier<String> profileName, ObservableList<TunnelRow> tunnels, TaskRunner tasks) {
        this.profileName = profileName;
        this.tunnels = tunnels;
        this.tasks = tasks;
        tunnels.addListener((javafx.beans.Observable o) -> update());
    }

    /** Shows the URL in force now, with {@link #showUrl} or {@link #showTunnel}. */
    protected abstract void update();

    protected final void showUrl(URI set) {
        url.set(set);
        whyNone.set("");
    }

    /**
     * Shows the local end of the tunnel to {@code vmPort} as {@code at} makes it a URL, or, without one that is up,
     * why: {@code service} names what listens there, {@code otherWay} how else to reach it.
     */
    protected final void showTunnel(int vmPort, IntFunction<URI> at, String service, String otherWay) {
        Optional<TunnelRow> tunnel = tunnels.stream().filter(t -> t.remotePort() == vmPort).findFirst();
        if (tunnel.isPresent() && tunnel.get().isUp()) {
            showUrl(at.apply(tunnel.get().localPortProperty().get()));
            return;
        }
        url.set(null);
        whyNone.set(tunnel.isEmpty()
                ? "This profile has no tunnel to the VM's port " + vmPort + " (" + service + "). Add one in Edit, or " + otherWay + "."
                : "Connect the profile: " + service + " is reached through its tunnel to port " + vmPort + " (or " + otherWay + ").");
    }

    /** Says why the URL could not be found (a setting that could not be read). */
    protected final void showProblem(String why) {
        whyNone.set(why);
    }

    /** The API's URL now; null when there is none. */
    public ReadOnlyObjectProperty<URI> urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyNoneProperty() {
        return whyNone.getReadOnlyProperty();
    }
}
