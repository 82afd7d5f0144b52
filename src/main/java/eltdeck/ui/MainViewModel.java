package eltdeck.ui;

import eltdeck.profile.Profile;
import eltdeck.profile.ProfileStore;
import eltdeck.tunnel.ConnectionSupervisor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The main window's state: the profiles (each with its connection), the selection, the status line. */
public final class MainViewModel {
    private static final long EXIT_WAIT_MS = 6000;

    private final ProfileStore store;
    private final SupervisorFactory supervisors;
    private final ProfileTabsFactory tabFactory;
    private final TaskRunner tasks;
    private final Notices notices;
    private final ObservableList<ProfileViewModel> profiles = FXCollections.observableArrayList(p -> new Observable[] {
        p.profileProperty(), p.stateProperty(), p.activeProperty(), p.tunnelsUpProperty()});
    private final ObjectProperty<ProfileViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final StringBinding statusLine = Bindings.createStringBinding(() -> StatusLine.of(profiles), profiles);
    private final BooleanBinding firstRun = loaded.and(Bindings.isEmpty(profiles));
    private final BooleanBinding hasSelection = selected.isNotNull();
    /** Whether the selected profile is connected or trying to be (Disconnect and tunnel actions apply). */
    private final ReadOnlyBooleanWrapper selectionActive = new ReadOnlyBooleanWrapper(this, "selectionActive");

    /** Whether the selected profile can deploy now (it has stack settings and no deploy is running). */
    private final ReadOnlyBooleanWrapper selectionCanDeploy = new ReadOnlyBooleanWrapper(this, "selectionCanDeploy");

    public MainViewModel(ProfileStore store, SupervisorFactory supervisors, TaskRunner tasks, Notices notices) {
        this(store, supervisors, StackServices.NONE, tasks, notices);
    }

    public MainViewModel(ProfileStore store, SupervisorFactory supervisors, StackServices services,
                         TaskRunner tasks, Notices notices) {
        this.store = store;
        this.supervisors = supervisors;
        this.tabFactory = new ProfileTabsFactory(services, tasks);
        this.tasks = tasks;
        this.notices = notices;
        selected.addListener((o, old, now) -> {
            selectionActive.unbind();
            selectionCanDeploy.unbind();
            if (now == null) {
                selectionActive.set(false);
                selectionCanDeploy.set(false);
            } else {
                selectionActive.bind(now.activeProperty());
                selectionCanDeploy.bind(now.deploy().canDeployProperty());
            }
        });
    }

    /** Reads the profiles from the database; selects the first if none is selected. */
    public void load() {
        reload(null);
    }

    /**
     * Reads the profiles again (the command line may have added some) and selects {@code name}, which a launch asked
     * for; with a blank name, like {@link #load}.
     */
    public void open(String name) {
        reload(name.isBlank() ? null : name);
    }

    /** After a dialog stored a profile (new, or edited from {@code oldName}): show it and select it. */
    public void saved(String oldName, Profile profile) {
        if (oldName != null) {
            find(oldName).ifPresent(item -> item.setProfile(profile));
        }
        reload(profile.name());
    }

    public void duplicate(ProfileViewModel item) {
        tasks.call(() -> store.duplicate(item.name()), copy -> reload(copy.name()),
                e -> notices.post("Could not duplicate " + item.name() + ": " + e.getMessage()));
    }

    /** Disconnects the profile and deletes it (the caller has asked the user). */
    public void delete(ProfileViewModel item) {
        item.disconnect();
        tasks.run(() -> store.remove(item.name()), () -> reload(null),
                e -> notices.post("Could not delete " + item.name() + ": " + e.getMessage()));
    }

    /** The profiles whose .env editor holds edits not saved to the VM. */
    public List<String> unsavedEnvEdits() {
        return profiles.stream().filter(p -> p.env().dirtyProperty().get()).map(ProfileViewModel::name).toList();
    }

    public Optional<ProfileViewModel> find(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Closes every connection and interrupts every dbt run (the app is exiting: dbt would go on in the agent's
     * container), in parallel, waiting a few seconds at most.
     */
    public void shutdown() {
        startShutdown().run();
    }

    /**
     * Starts what {@link #shutdown} does, on the UI thread; the waiting is left to the returned action, which blocks
     * (off the UI thread) until everything is closed, a few seconds at most.
     */
    public Runnable startShutdown() {
        List<Thread> closers = new ArrayList<>();
        for (ProfileViewModel p : profiles) {
            p.dbt().runToStop().ifPresent(stop -> closers.add(started(stop, "dbt-cancel-" + p.name())));
            ConnectionSupervisor s = p.detachSupervisor();
            if (s != null) {
                closers.add(started(s::close, "close-" + p.name()));
            }
        }
        return () -> {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(EXIT_WAIT_MS);
            for (Thread t : closers) {
                try {
                    t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }

    private static Thread started(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void reload(String selectName) {
        tasks.call(store::list, stored -> {
            show(stored);
            Optional<ProfileViewModel> wanted = selectName == null ? Optional.empty() : find(selectName);
            if (wanted.isPresent()) {
                selected.set(wanted.get());
            } else if (selectName != null) {
                notices.post("There is no profile named " + selectName + "; `eltdeck profile list` shows the names.");
            }
            if (selected.get() == null || !profiles.contains(selected.get())) {
                selected.set(profiles.isEmpty() ? null : profiles.get(0));
            }
            loaded.set(true);
        }, e -> notices.post("Could not read the profiles: " + e.getMessage()));
    }

    /** Keeps the view model (and connection) of every profile still stored; drops the others. */
    private void show(List<Profile> stored) {
        Map<String, ProfileViewModel> current = new LinkedHashMap<>();
        profiles.forEach(p -> current.put(p.name(), p));
        List<ProfileViewModel> next = new ArrayList<>();
        for (Profile p : stored) {
            ProfileViewModel existing = current.remove(p.name());
            if (existing != null) {
                existing.setProfile(p);
                next.add(existing);
            } else {
                next.add(new ProfileViewModel(p, supervisors, tabFactory, notices::alert, tasks));
            }
        }
        current.values().forEach(ProfileViewModel::disconnect);
        profiles.setAll(next);
    }

    public ObservableList<ProfileViewModel> profiles() {
        return profiles;
    }

    public ObjectProperty<ProfileViewModel> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** No profile stored yet: the window shows the first-run screen. */
    public BooleanBinding firstRunProperty() {
        return firstRun;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    public ReadOnlyBooleanProperty selectionActiveProperty() {
        return selectionActive.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectionCanDeployProperty() {
        return selectionCanDeploy.getReadOnlyProperty();
    }

    public StringBinding statusLineProperty() {
        return statusLine;
    }

    public Notices notices() {
        return notices;
    }

    public ProfileStore store() {
        return store;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
