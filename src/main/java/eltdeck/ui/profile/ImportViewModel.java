package eltdeck.ui.profile;

import eltdeck.profile.Profile;
import eltdeck.profile.ProfileStore;
import eltdeck.profile.SshConfigImporter;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The "Import from ~/.ssh/config" dialog: the hosts found, which to import, and what went wrong. */
public final class ImportViewModel {
    private final ProfileStore store;
    private final TaskRunner tasks;
    private final Path userHome;
    private final StringProperty file = new SimpleStringProperty(this, "file");
    private final ObservableList<ImportCandidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ImportViewModel(ProfileStore store, TaskRunner tasks, Path userHome, Path configFile) {
        this.store = store;
        this.tasks = tasks;
        this.userHome = userHome;
        file.set(HomePaths.shorten(configFile));
    }

    /** Reads the config file and lists its concrete hosts; names already stored start unticked. */
    public void load() {
        Path config = HomePaths.expand(file.get());
        candidates.clear();
        message.set("Reading " + file.get() + "…");
        busy.set(true);
        tasks.call(() -> {
            if (config == null || !Files.isRegularFile(config)) {
                throw new IllegalArgumentException("There is no SSH config at " + file.get() + ". Choose another file.");
            }
            List<Profile> found = new SshConfigImporter(userHome).read(config);
            Set<String> existing = store.list().stream().map(Profile::name).collect(Collectors.toSet());
            return found.stream().map(p -> new ImportCandidate(p, existing.contains(p.name()))).toList();
        }, found -> {
            busy.set(false);
            candidates.setAll(found);
            message.set(found.isEmpty() ? "No concrete hosts in " + file.get() + " (only patterns like Host *)." : "");
        }, e -> {
            busy.set(false);
            message.set(e.getMessage());
        });
    }

    /**
     * Stores the ticked hosts. A host that cannot be stored stays ticked with the reason in its note;
     * {@code onAllStored} runs when every ticked host was stored.
     */
    public void importSelected(Runnable onAllStored) {
        List<ImportCandidate> chosen = candidates.stream().filter(c -> c.selectedProperty().get()).toList();
        if (chosen.isEmpty()) {
            message.set("Tick the hosts to import.");
            return;
        }
        busy.set(true);
        tasks.call(() -> {
            Map<Profile, String> outcome = store.addEach(chosen.stream().map(ImportCandidate::profile).toList());
            Map<ImportCandidate, String> problems = new LinkedHashMap<>();
            chosen.forEach(c -> problems.put(c, outcome.get(c.profile())));
            return problems;
        }, problems -> {
            busy.set(false);
            problems.forEach((c, problem) -> {
                c.noteProperty().set(problem.isEmpty() ? "Imported." : problem);
                c.selectedProperty().set(!problem.isEmpty());
            });
            long failed = problems.values().stream().filter(p -> !p.isEmpty()).count();
            if (failed == 0) {
                message.set("");
                onAllStored.run();
            } else {
                message.set("Imported " + (problems.size() - failed) + " of " + problems.size()
                        + ". The hosts still ticked cannot be imported as they are: see their notes.");
            }
        }, e -> {
            busy.set(false);
            message.set("Could not import: " + e.getMessage());
        });
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObservableList<ImportCandidate> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
