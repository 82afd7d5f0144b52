package eltdeck.ui.prefect;

import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectRoute;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.common.TunnelRow;
import eltdeck.ui.common.TunnelledEndpoint;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * Where a profile's Prefect API answers: the URL set for the profile, else the local end of its 4200 tunnel while
 * that is up. When there is none, {@link #whyNoneProperty()} says what to do. UI thread only.
 */
public final class PrefectEndpoint extends TunnelledEndpoint {
    private final PrefectAccess access;
    private final ReadOnlyObjectWrapper<URI> override = new ReadOnlyObjectWrapper<>(this, "override");

    public PrefectEndpoint(Supplier<String> profileName, ObservableList<TunnelRow> tunnels, PrefectAccess access, TaskRunner tasks) {
        super(profileName, tunnels, tasks);
        this.access = access;
        update();
    }

    /** Reads the profile's stored URL again (after the profile was selected or renamed). */
    public void reload() {
        String name = profileName.get();
        tasks.call(() -> access.apiUrl(name), stored -> {
            override.set(stored.orElse(null));
            update();
        }, e -> showProblem("Cannot read the Prefect API URL of " + name + ": " + e.getMessage()));
    }

    /** Sets the URL (checked like the client checks it), or with a blank text goes back to the tunnel. */
    public void setOverride(String text, Runnable onSaved, java.util.function.Consumer<String> onError) {
        Optional<URI> next;
        try {
            next = text == null || text.isBlank() ? Optional.empty() : Optional.of(GraphQlClient.url(text));
        } catch (IllegalArgumentException e) {
            onError.accept(e.getMessage());
            return;
        }
        String name = profileName.get();
        tasks.run(() -> access.setApiUrl(name, next), () -> {
            override.set(next.orElse(null));
            update();
            onSaved.run();
        }, e -> onError.accept("Could not save the Prefect API URL: " + e.getMessage()));
    }

    /** A client for the current URL, or empty (then {@link #whyNoneProperty()} says why). */
    public Optional<GraphQlClient> client() {
        return Optional.ofNullable(urlProperty().get()).map(GraphQlClient::new);
    }

    @Override
    protected void update() {
        if (override.get() != null) {
            showUrl(override.get());
        } else {
            showTunnel(PrefectRoute.VM_PORT, PrefectRoute::apiAt, "the Prefect API", "set the API URL");
        }
    }

    /** The URL set for the profile; null when the tunnel is used. */
    public ReadOnlyObjectProperty<URI> overrideProperty() {
        return override.getReadOnlyProperty();
    }
}
