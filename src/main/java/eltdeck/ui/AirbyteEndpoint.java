package eltdeck.ui;

import eltdeck.airbyte.AirbyteClient;
import eltdeck.airbyte.AirbyteCredentials;
import eltdeck.airbyte.AirbyteRoute;
import eltdeck.airbyte.AirbyteSettings;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * Where a profile's Airbyte API answers and with which credentials: the URL set for the profile, else the local
 * end of its tunnel to 8001 (or 8000) while that is up. The password is read once from the keychain in the
 * background and held in memory only. When there is no URL, {@link #whyNoneProperty()} says what to do. UI thread only.
 */
public final class AirbyteEndpoint {
    private final Supplier<String> profileName;
    private final ObservableList<TunnelRow> tunnels;
    private final AirbyteAccess access;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<URI> url = new ReadOnlyObjectWrapper<>(this, "url");
    private final ReadOnlyObjectWrapper<AirbyteSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings", AirbyteSettings.DEFAULT);
    private final ReadOnlyStringWrapper whyNone = new ReadOnlyStringWrapper(this, "whyNone", "");
    private Optional<String> password = Optional.empty();

    AirbyteEndpoint(Supplier<String> profileName, ObservableList<TunnelRow> tunnels, AirbyteAccess access, TaskRunner tasks) {
        this.profileName = profileName;
        this.tunnels = tunnels;
        this.access = access;
        this.tasks = tasks;
        tunnels.addListener((javafx.beans.Observable o) -> update());
        update();
    }

    /** Reads the profile's settings and password again (after the profile was selected or renamed). */
    public void reload() {
        String name = profileName.get();
        tasks.call(() -> new Stored(access.settings(name), access.password(name)), stored -> {
            password = stored.password();
            settings.set(stored.settings());
            update();
        }, e -> whyNone.set("Cannot read the Airbyte settings of " + name + ": " + e.getMessage()));
    }

    /**
     * Saves how Airbyte is reached and who is asking; a blank password keeps the one kept now. {@code onSaved} hears
     * where the password is kept.
     */
    public void save(AirbyteSettings next, String newPassword, Consumer<String> onSaved, Consumer<String> onError) {
        String name = profileName.get();
        boolean replace = newPassword != null && !newPassword.isEmpty();
        tasks.call(() -> {
            access.setSettings(name, next);
            if (!replace) {
                return "Saved.";
            }
            return access.setPassword(name, newPassword) ? "Saved; the password is in the OS keychain."
                    : "Saved; this machine has no OS keychain, so the password is kept for this session only.";
        }, saved -> {
            if (replace) {
                password = Optional.of(newPassword);
            }
            settings.set(next);
            update();
            onSaved.accept(saved);
        }, e -> onError.accept("Could not save the Airbyte settings: " + e.getMessage()));
    }

    /** A client for the current URL with the credentials, or empty (then {@link #whyNoneProperty()} says why). */
    public Optional<AirbyteClient> client() {
        Optional<AirbyteCredentials> credentials = password.map(p -> new AirbyteCredentials(settings.get().username(), p));
        return Optional.ofNullable(url.get()).map(u -> new AirbyteClient(u, credentials));
    }

    private void update() {
        AirbyteSettings now = settings.get();
        if (now.route() == AirbyteRoute.URL) {
            url.set(now.url());
            whyNone.set("");
            return;
        }
        int port = now.route().vmPort();
        Optional<TunnelRow> tunnel = tunnels.stream().filter(t -> t.remotePort() == port).findFirst();
        if (tunnel.isPresent() && tunnel.get().isUp()) {
            url.set(AirbyteRoute.apiAt(tunnel.get().localPortProperty().get()));
            whyNone.set("");
            return;
        }
        url.set(null);
        whyNone.set(tunnel.isEmpty()
                ? "This profile has no tunnel to the VM's port " + port + " (Airbyte). Add one in Edit, or set the API URL in Settings…."
                : "Connect the profile: Airbyte is reached through its tunnel to port " + port + " (or set the API URL in Settings…).");
    }

    /** The API's root now; null when there is none. */
    public ReadOnlyObjectProperty<URI> urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AirbyteSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyNoneProperty() {
        return whyNone.getReadOnlyProperty();
    }

    /** Whether a password is held for the profile. */
    public boolean hasPassword() {
        return password.isPresent();
    }

    private record Stored(AirbyteSettings settings, Optional<String> password) {
        @Override
        public String toString() {
            return "Stored[settings=" + settings + ", password=" + (password.isPresent() ? "***" : "none") + "]";
        }
    }
}
