package eltdeck.ui.profile;

import eltdeck.profile.InvalidProfileException;
import eltdeck.profile.Profile;
import eltdeck.profile.ProfileStore;
import eltdeck.profile.ProfileValidator;
import eltdeck.profile.TunnelSpec;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The add/edit profile dialog: its fields, its tunnel table, and the problems that stop a save, checked again on
 * every change: all of them at once, each on its field.
 */
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
    private final ObservableList<TunnelEditRow> tunnels = FXCollections.observableArrayList(
            r -> new Observable[] {r.labelProperty(), r.remotePortProperty(), r.localPortProperty()});
    /** Problems that belong to no field (the store refused to save). */
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    /** The problems of each field (one a line), by {@link ProfileValidator} field name. */
    private final ObservableMap<String, String> fieldProblems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    /** The names of the other profiles, read once in the background: a new name must not be one of them. */
    private List<String> otherNames = List.of();

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
        InvalidationListener check = o -> check();
        for (Observable field : List.of(name, host, port, user, identityFile, useAgent, jumpHost, knownHosts,
                keepAliveSeconds, keepAliveMisses, tunnels)) {
            field.addListener(check);
        }
        check();
        tasks.call(() -> store.list().stream().map(Profile::name).filter(n -> !n.equals(originalName)).toList(), names -> {
            otherNames = names;
            check();
        }, e -> { });
    }

    /** Finds every problem of the fields as they are now. */
    private void check() {
        Map<String, String> byField = new HashMap<>();
        for (ProfileValidator.Problem p : draft().problems(otherNames)) {
            byField.merge(p.field(), p.message(), (a, b) -> a + "\n" + b);
        }
        fieldProblems.keySet().retainAll(byField.keySet());
        fieldProblems.putAll(byField);
        valid.set(byField.isEmpty());
        problems.clear();
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

    /** The problems of one field ({@link ProfileValidator}'s field names), null when it is fine. */
    public ObjectBinding<String> problemOf(String field) {
        return Bindings.valueAt(fieldProblems, field);
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
