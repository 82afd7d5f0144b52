package eltdeck.ui.profile;

import eltdeck.ssh.KeyGenerator.GeneratedKey;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The key generation dialog: where and how to make an ed25519 key, then the key to authorize on the VM. */
public final class KeyGenViewModel {
    static final String DEFAULT_NAME = "eltdeck_ed25519";

    private final TaskRunner tasks;
    private final StringProperty file = new SimpleStringProperty(this, "file");
    private final StringProperty comment = new SimpleStringProperty(this, "comment");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<GeneratedKey> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final StringBinding fileProblem = Bindings.createStringBinding(() -> HomePaths.expand(file.get()) == null
            ? "Enter the file to write the private key to." : null, file);
    private final StringBinding repeatProblem = Bindings.createStringBinding(() -> passphrase.get().equals(repeat.get())
            ? null : "The two passphrases differ: type the same passphrase twice (or leave both empty).", passphrase, repeat);

    public KeyGenViewModel(TaskRunner tasks, Path sshDirectory) {
        this.tasks = tasks;
        file.set(HomePaths.shorten(freeDefault(sshDirectory)));
        comment.set(System.getProperty("user.name", "me") + "@eltdeck");
    }

    /** ~/.ssh/eltdeck_ed25519, or _2, _3… when taken: a key is never overwritten. */
    static Path freeDefault(Path sshDirectory) {
        Path candidate = sshDirectory.resolve(DEFAULT_NAME);
        for (int i = 2; Files.exists(candidate) || Files.exists(candidate.resolveSibling(candidate.getFileName() + ".pub")); i++) {
            candidate = sshDirectory.resolve(DEFAULT_NAME + "_" + i);
        }
        return candidate;
    }

    public void generate() {
        error.set("");
        String problem = fileProblem.get() != null ? fileProblem.get() : repeatProblem.get();
        if (problem != null) {
            error.set(problem);
            return;
        }
        Path target = HomePaths.expand(file.get());
        char[] secret = passphrase.get().toCharArray();
        String keyComment = comment.get() == null ? "" : comment.get().strip();
        busy.set(true);
        tasks.call(() -> KeyGenerator.generate(target, keyComment, secret), key -> {
            busy.set(false);
            passphrase.set("");
            repeat.set("");
            result.set(key);
        }, e -> {
            busy.set(false);
            error.set("Could not write the key: " + e.getMessage());
        });
    }

    /** What is wrong with the key file as typed, as it is typed; null while nothing. */
    public StringBinding fileProblem() {
        return fileProblem;
    }

    /** What is wrong with the repeated passphrase, as it is typed; null while nothing. */
    public StringBinding repeatProblem() {
        return repeatProblem;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GeneratedKey> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
