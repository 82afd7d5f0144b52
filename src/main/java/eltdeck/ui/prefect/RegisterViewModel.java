package eltdeck.ui.prefect;

import eltdeck.Plural;
import eltdeck.prefect.GraphQlClient;
import eltdeck.profile.Profile;
import eltdeck.stack.FlowRegistration;
import eltdeck.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Registering flows from the window: the flow files in the agent container's flows directory, the ones picked,
 * the registration's output as it streams, and per file whether it registered a new version or changed nothing.
 * UI thread only; the VM is reached over an SSH link of its own.
 */
public final class RegisterViewModel {
    private final Supplier<Profile> profile;
    private final PrefectAccess access;
    private final PrefectEndpoint endpoint;
    private final TaskRunner tasks;
    private final Runnable registered;
    private final ObservableList<String> files = FXCollections.observableArrayList();
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> outcomes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper(this, "output", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    /** @param registered runs after a registration ended (the flows are read again) */
    public RegisterViewModel(Supplier<Profile> profile, PrefectAccess access, PrefectEndpoint endpoint, TaskRunner tasks,
                             Runnable registered) {
        this.profile = profile;
        this.access = access;
        this.endpoint = endpoint;
        this.tasks = tasks;
        this.registered = registered;
    }

    /** Lists the flow files on the VM. */
    public void loadFiles() {
        Profile p = profile.get();
        status.set("Listing the flow files in the agent's container…");
        running.set(true);
        tasks.call(() -> access.flowFiles(p), list -> {
            running.set(false);
            files.setAll(list);
            chosen.retainAll(list);
            status.set(list.isEmpty() ? "The flows directory has no .py file." : list.size() + " flow files. Pick the ones to register.");
        }, e -> {
            running.set(false);
            status.set("Could not list the flow files: " + e.getMessage());
        });
    }

    /** Pulls the repository and runs each chosen file (every one when none is chosen). */
    public void register() {
        Optional<GraphQlClient> api = endpoint.client();
        if (api.isEmpty()) {
            status.set(endpoint.whyNoneProperty().get());
            return;
        }
        Profile p = profile.get();
        List<String> picked = List.copyOf(chosen);
        output.set("");
        outcomes.clear();
        running.set(true);
        status.set("Registering " + (picked.isEmpty() ? "every flow file" : String.join(", ", picked)) + "…");
        tasks.call(() -> access.register(p, api.get(), picked, line -> tasks.onUi(() -> append(line))), list -> {
            running.set(false);
            outcomes.setAll(list.stream().map(FlowRegistration.Outcome::summary).toList());
            long failed = list.stream().filter(o -> !o.ok()).count();
            status.set(failed == 0 ? "Registration done." : failed + " of " + Plural.of(list.size(), "file") + " failed: see the output.");
            registered.run();
        }, e -> {
            running.set(false);
            status.set("Registration failed: " + e.getMessage());
            registered.run();
        });
    }

    private void append(String line) {
        output.set(output.get().isEmpty() ? line : output.get() + "\n" + line);
    }

    public ObservableList<String> files() {
        return files;
    }

    /** The files to register; empty means every one. */
    public ObservableList<String> chosen() {
        return chosen;
    }

    /** "all_etl_flow.py: registered all-etl (version 3)", "…: unchanged", "…: failed (python3 exited 1)". */
    public ObservableList<String> outcomes() {
        return outcomes;
    }

    public ReadOnlyStringProperty outputProperty() {
        return output.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
