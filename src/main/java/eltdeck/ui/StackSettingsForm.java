package eltdeck.ui;

import eltdeck.stack.StackSettings;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The stack settings as the dialog edits them: one text per field, an empty one meaning the default (as the CLI's
 * omitted options do). {@link #build} validates like {@code eltdeck stack config}.
 */
final class StackSettingsForm {
    final StringProperty repository = new SimpleStringProperty("");
    final StringProperty branch = new SimpleStringProperty("");
    final StringProperty remoteDir = new SimpleStringProperty("");
    final StringProperty composeDir = new SimpleStringProperty("");
    final StringProperty agentService = new SimpleStringProperty("");
    final StringProperty flowsDir = new SimpleStringProperty("");
    final StringProperty dbtDir = new SimpleStringProperty("");
    final StringProperty dbtContainerDir = new SimpleStringProperty("");

    StackSettingsForm(Optional<StackSettings> current) {
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
    }

    /** The settings, defaults filled in; IllegalArgumentException says what is wrong. */
    StackSettings build() {
        String repo = repository.get().strip();
        if (repo.isEmpty()) {
            throw new IllegalArgumentException("Enter the repository: a GitHub ORG/NAME or any git URL.");
        }
        StackSettings defaults = StackSettings.forRepository(repo);
        return new StackSettings(repo, or(branch, defaults.branch()), or(remoteDir, defaults.remoteDir()),
                or(composeDir, defaults.composeDir()), or(agentService, defaults.agentService()), or(flowsDir, defaults.flowsDir()),
                or(dbtDir, defaults.dbtDir()), or(dbtContainerDir, defaults.dbtContainerDir()));
    }

    /** What an empty field stands for, for its prompt text. */
    String defaultRemoteDir() {
        String repo = repository.get().strip();
        return repo.isEmpty() ? "~/<repository name>" : StackSettings.forRepository(repo).remoteDir();
    }

    private static String or(StringProperty field, String fallback) {
        String value = field.get().strip();
        return value.isEmpty() ? fallback : value;
    }
}
