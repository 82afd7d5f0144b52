package eltdeck.ui.airbyte;

import eltdeck.airbyte.AirbyteClient;
import eltdeck.airbyte.AirbyteCredentials;
import eltdeck.airbyte.AirbyteRoute;
import eltdeck.airbyte.AirbyteSettings;
import eltdeck.secret.Secret;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.common.TunnelRow;
import eltdeck.ui.common.TunnelledEndpoint;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * Where a profile's Airbyte API answers and with which credentials: the URL set for the profile, else the local
 * end of its tunnel to 8001 (or 8000) while that is up. The password is read once from the keychain in the
 * background and held in memory only. When there is no URL, {@link #whyNoneProperty()} says what to do. UI thread only.
 */
public final class AirbyteEndpoint extends TunnelledEndpoint {
    private final AirbyteAccess access;
    private final ReadOnlyObjectWrapper<AirbyteSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings", AirbyteSettings.DEFAULT);
    private Optional<Secret> password = Optional.empty();

    public AirbyteEndpoint(Supplier<String> profileName, ObservableList<TunnelRow> tunnels, AirbyteAccess access, TaskRunner tasks) {
        super(profileName, tunnels, tasks);
        this.access = access;
        update();
    }

    /** Reads the profile's settings and password again (after the profile was selected or renamed). */
    public void reload() {
        String name = profileName.get();
        tasks.call(() -> new Stored(access.settings(name), access.password(name)), stored -> {
            password = stored.password();
            settings.set(stored.settings());
            update();
        }, e -> showProblem("Cannot read the Airbyte settings of " + name + ": " + e.getMessage()));
    }

    /**
     * Saves how Airbyte is reached and who is asking; a blank password keeps the one kept now. {@code onSaved} hears
     * where the password is kept.
     */
    public void save(AirbyteSettings next, String newPassword, Consumer<String> onSaved, Consumer<String> onError) {
        String name = profileName.get();
        boolean replace = newPassword != null && !newPassword.isEmpty();
        Optional<Secret> replacement = replace ? Optional.of(Secret.of(newPassword)) : Optional.empty();
        tasks.call(() -> {
            access.setSettings(name, next);
            if (!replace) {
                return "Saved.";
            }
            return access.setPassword(name, replacement.get()) ? "Saved; the password is in the OS keychain."
                    : "Saved; this machine has no OS keychain, so the password is kept for this session only.";
        }, saved -> {
            if (replace) {
                password = replacement;
            }
            settings.set(next);
            update();
            onSaved.accept(saved);
        }, e -> onError.accept("Could not save the Airbyte settings: " + e.getMessage()));
    }

    /** Removes the profile's password; Airbyte is then called without credentials until new ones are set. */
    public void forgetPassword(Consumer<String> onDone, Consumer<String> onError) {
        String name = profileName.get();
        tasks.run(() -> access.forgetPassword(name), () -> {
            password = Optional.empty();
            onDone.accept("The Airbyte password of " + name + " is forgotten.");
        }, e -> onError.accept("Could not forget the Airbyte password: " + e.getMessage()));
    }

    /** A client for the current URL with the credentials, or empty (then {@link #whyNoneProperty()} says why). */
    public Optional<AirbyteClient> client() {
        Optional<AirbyteCredentials> credentials = password.map(p -> new AirbyteCredentials(settings.get().username(), p));
        return Optional.ofNullable(urlProperty().get()).map(u -> new AirbyteClient(u, credentials));
    }

    @Override
    protected void update() {
        AirbyteSettings now = settings.get();
        if (now.route() == AirbyteRoute.URL) {
            showUrl(now.url());
        } else {
            showTunnel(now.route().vmPort(), AirbyteRoute::apiAt, "Airbyte", "set its API URL with the Credentials button");
        }
    }

    public ReadOnlyObjectProperty<AirbyteSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Whether a password is held for the profile. */
    public boolean hasPassword() {
        return password.isPresent();
    }

    private record Stored(AirbyteSettings settings, Optional<Secret> password) {
    }
}
