package eltdeck.ui;

import eltdeck.profile.InvalidProfileException;
import eltdeck.profile.Profile;
import eltdeck.profile.ProfileStore;
import eltdeck.profile.TunnelSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The add/edit profile dialog: its fields, its tunnel table, and the problems that stop a save. */
public final class ProfileFormViewModel {
    private final ProfileStore store;
    private final TaskRunner tasks;
    /** The stored name of the profile being edited; null when adding. */
    private final String originalName;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "22");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty identityFile = new SimpleStringProperty(this, "identityFile", "");
    private final BooleanProperty useAgent = new SimpleBooleanProperty(this, "useAgent", true);
    private final StringProperty jumpHost = new SimpleStringProperty(this, "jumpHost", "");
    private final StringProperty knownHosts = new SimpleStringProperty(this, "knownHosts", "");
    private final StringProperty keepAliveSeconds = new SimpleStringProperty(this, "keepAliveSeconds");
    private final StringProperty keepAliveMisses = new SimpleStringProperty(this, "keepAliveMisses");
    private final ObservableList<TunnelEditRow> tunnels = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    private ProfileFormViewModel(ProfileStore store, TaskRunner tasks, String originalName, Profile shown) {
        this.store = store;
        this.tasks = tasks;
        this.originalName = originalName;
        name.set(shown.name());
        host.set(shown.host());
        port.set(Integer.toString(shown.port()));
        user.set(shown.user());
        identityFile.set(HomePaths.shorten(shown.identityFile()));
        useAgent.set(shown.useAgent());
        jumpHost.set(shown.jump() == null ? "" : shown.jump().toString());
        knownHosts.set(HomePaths.shorten(shown.knownHosts()));
        keepAliveSeconds.set(Integer.toString(shown.keepAlive().intervalSeconds()));
        keepAliveMisses.set(Integer.toString(shown.keepAlive().maxMisses()));
        setTunnels(shown.tunnels());
    }

    /** An empty form for a new VM: the stack's five tunnels, the local user name, the ssh-agent. */
    public static ProfileFormViewModel forNew(ProfileStore store, TaskRunner tasks) {
        return new ProfileFormViewModel(store, tasks, null, Profile.of("", "", System.getProperty("user.name", "")));
    }

    public static ProfileFormViewModel forEdit(Profile profile, ProfileStore store, TaskRunner tasks) {
        return new ProfileFormViewModel(store, tasks, profile.name(), profile);
    }

    public boolean isNew() {
        return originalName == null;
    }

    public String originalName() {
        return originalName;
    }

    public void useIdentityFile(Path key) {
        identityFile.set(HomePaths.shorten(key));
    }

    public void addTunnel() {
        tunnels.add(new TunnelEditRow());
    }

    public void removeTunnel(TunnelEditRow row) {
        tunnels.remove(row);
    }

    /** Back to the stack's five tunnels (Airbyte 8000/8001, Prefect 8080/4200/4201). */
    public void resetTunnels() {
        setTunnels(TunnelSpec.defaults());
    }

    /**
     * Checks and stores the profile in the background. On success {@code onSaved} gets it; otherwise
     * {@link #problems()} says what to fix.
     */
    public void save(Consumer<Profile> onSaved) {
        ProfileDraft draft = draft();
        problems.clear();
        saving.set(true);
        tasks.call(() -> {
            Profile profile = draft.toProfile();
            if (isNew()) {
                store.add(profile);
            } else {
                store.update(originalName, profile);
            }
            return profile;
        }, profile -> {
            saving.set(false);
            onSaved.accept(profile);
        }, e -> {
            saving.set(false);
            problems.setAll(e instanceof InvalidProfileException invalid ? invalid.problems()
                    : List.of("Could not save the profile: " + e.getMessage()));
        });
    }

    ProfileDraft draft() {
        return new ProfileDraft(name.get(), host.get(), port.get(), user.get(), identityFile.get(), useAgent.get(),
                jumpHost.get(), knownHosts.get(), keepAliveSeconds.get(), keepAliveMisses.get(),
                tunnels.stream().map(TunnelEditRow::snapshot).toList());
    }

    private void setTunnels(List<TunnelSpec> specs) {
        tunnels.setAll(specs.stream().map(TunnelEditRow::new).toList());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty identityFileProperty() {
        return identityFile;
    }

    public BooleanProperty useAgentProperty() {
        return useAgent;
    }

    public StringProperty jumpHostProperty() {
        return jumpHost;
    }

    public StringProperty knownHostsProperty() {
        return knownHosts;
    }

    public StringProperty keepAliveSecondsProperty() {
        return keepAliveSeconds;
    }

    public StringProperty keepAliveMissesProperty() {
        return keepAliveMisses;
    }

    public ObservableList<TunnelEditRow> tunnels() {
        return tunnels;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
