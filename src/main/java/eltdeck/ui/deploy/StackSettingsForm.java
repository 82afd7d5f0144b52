package eltdeck.ui.deploy;

import eltdeck.stack.StackSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The stack settings as the dialog edits them: one text per field, an empty one meaning the default (as the CLI's
 * omitted options do). Checked on every change like {@code eltdeck stack config}: every problem at once, by field.
 */
public final class StackSettingsForm {
    final StringProperty repository = new SimpleStringProperty("");
    final StringProperty branch = new SimpleStringProperty("");
    final StringProperty remoteDir = new SimpleStringProperty("");
    final StringProperty composeDir = new SimpleStringProperty("");
    final StringProperty agentService = new SimpleStringProperty("");
    final StringProperty flowsDir = new SimpleStringProperty("");
    final StringProperty dbtDir = new SimpleStringProperty("");
    final StringProperty dbtContainerDir = new SimpleStringProperty("");
    /** The problem of each field, by {@link StackSettings} component name. */
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    public StackSettingsForm(Optional<StackSettings> current) {
        current.ifPresent(s -> {
            repository.set(s.repository());
            branch.set(s.branch());
            remoteDir.set(s.remoteDir());
            composeDir.set(s.composeDir());
            agentService.set(s.agentService());
            flowsDir.set(s.flowsDir());
            dbtDir.set(s.dbtDir());
            dbtContainerDir.set(s.dbtContainerDir());
        });
        for (Observable field : List.of(repository, branch, remoteDir, composeDir, agentService, flowsDir, dbtDir,
                dbtContainerDir)) {
            field.addListener(o -> check());
        }
        check();
    }

    /** The settings, defaults filled in; IllegalArgumentException says what is wrong. */
    StackSettings build() {
        String repo = repository.get().strip();
        return new StackSettings(repo, or(branch, StackSettings.DEFAULT_BRANCH), or(remoteDir, defaultRemoteDir()),
                or(composeDir, StackSettings.DEFAULT_COMPOSE_DIR), or(agentService, StackSettings.DEFAULT_AGENT_SERVICE),
                or(flowsDir, StackSettings.DEFAULT_FLOWS_DIR), or(dbtDir, StackSettings.DEFAULT_DBT_DIR),
                or(dbtContainerDir, StackSettings.DEFAULT_DBT_CONTAINER_DIR));
    }

    /** What an empty directory on the VM stands for, for its prompt text. */
    String defaultRemoteDir() {
        String repo = repository.get().strip();
        return repo.isEmpty() ? "~/<repository name>" : StackSettings.defaultRemoteDir(repo);
    }

    /** The problem of one field ({@link StackSettings}' component names), null when it is fine. */
    ObjectBinding<String> problemOf(String field) {
        return Bindings.valueAt(problems, field);
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    private void check() {
        String repo = repository.get().strip();
        Map<String, String> now = StackSettings.problems(repo, or(branch, StackSettings.DEFAULT_BRANCH),
                repo.isEmpty() ? or(remoteDir, "~/stack") : or(remoteDir, defaultRemoteDir()),
                or(composeDir, StackSettings.DEFAULT_COMPOSE_DIR), or(agentService, StackSettings.DEFAULT_AGENT_SERVICE),
                or(flowsDir, StackSettings.DEFAULT_FLOWS_DIR), or(dbtDir, StackSettings.DEFAULT_DBT_DIR),
                or(dbtContainerDir, StackSettings.DEFAULT_DBT_CONTAINER_DIR));
        if (now.containsKey("repository")) {
            now.put("repository", "Enter the repository: a GitHub ORG/NAME or any git URL.");
        }
        problems.keySet().retainAll(now.keySet());
        problems.putAll(now);
        valid.set(now.isEmpty());
    }

    private static String or(StringProperty field, String fallback) {
        String value = field.get().strip();
        return value.isEmpty() ? fallback : value;
    }
}
