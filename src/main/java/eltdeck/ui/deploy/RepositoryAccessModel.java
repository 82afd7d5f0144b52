package eltdeck.ui.deploy;

import eltdeck.profile.GitTokens;
import eltdeck.profile.Profile;
import eltdeck.secret.Secret;
import eltdeck.stack.DeployKey;
import eltdeck.ui.common.TaskRunner;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How one profile's deploys reach its git repository: the git token (session or keychain) and the VM's deploy key.
 * A job of its own beside the deploy run, which only reads the outcome. UI thread only; the work runs through the
 * {@link TaskRunner}.
 */
final class RepositoryAccessModel {
    private final Supplier<Profile> profile;
    private final Deployer deployer;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<GitTokens.Source> tokenSource =
            new ReadOnlyObjectWrapper<>(this, "tokenSource", GitTokens.Source.NONE);
    private final ReadOnlyObjectWrapper<DeployKey.Setup> deployKey = new ReadOnlyObjectWrapper<>(this, "deployKey");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "accessBusy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "accessMessage", "");

    RepositoryAccessModel(Supplier<Profile> profile, Deployer deployer, TaskRunner tasks) {
        this.profile = profile;
        this.deployer = deployer;
        this.tasks = tasks;
    }

    /** Reads where the profile's token comes from now. */
    void refresh() {
        String name = profile.get().name();
        tasks.call(() -> deployer.tokens().source(name), tokenSource::set, e -> tokenSource.set(GitTokens.Source.NONE));
    }

    /** Keeps the token for this profile's deploys: in memory, and in the keychain when {@code remember}. */
    void setToken(Secret token, boolean remember) {
        String name = profile.get().name();
        message.set("");
        tasks.call(() -> deployer.tokens().set(name, token, remember), source -> {
            tokenSource.set(source);
            message.set(remember && source != GitTokens.Source.KEYCHAIN
                    ? "The OS keychain is not available: the token is kept until the app closes." : "");
        }, e -> message.set(e.getMessage()));
    }

    void clearToken() {
        String name = profile.get().name();
        tasks.run(() -> deployer.tokens().clear(name), () -> tokenSource.set(GitTokens.Source.NONE),
                e -> message.set(e.getMessage()));
    }

    /** Makes (or finds) the deploy key on the VM and trusts github.com where the repository is there. */
    void setUpDeployKey() {
        if (busy.get()) {
            return;
        }
        Profile p = profile.get();
        busy.set(true);
        message.set("");
        tasks.call(() -> deployer.deployKey(p), setup -> {
            busy.set(false);
            deployKey.set(setup);
        }, e -> {
            busy.set(false);
            message.set("The deploy key could not be made: " + e.getMessage());
        });
    }

    ReadOnlyObjectProperty<GitTokens.Source> tokenSourceProperty() {
        return tokenSource.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<DeployKey.Setup> deployKeyProperty() {
        return deployKey.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
