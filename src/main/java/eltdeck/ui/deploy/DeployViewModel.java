package eltdeck.ui.deploy;

import eltdeck.profile.GitTokens;
import eltdeck.profile.Profile;
import eltdeck.secret.Secret;
import eltdeck.stack.DeployKey;
import eltdeck.stack.DeployListener;
import eltdeck.stack.DeployOptions;
import eltdeck.stack.DeployRecord;
import eltdeck.stack.DeployResult;
import eltdeck.stack.DeployStep;
import eltdeck.stack.StackSettings;
import eltdeck.ui.common.Durations;
import eltdeck.ui.common.TaskRunner;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deploy panel of one profile: whether it can deploy, the steps with their live state and output, and how
 * the last deploy ended; the history with rollback; the readiness timeout; and, through {@link RepositoryAccessModel},
 * the repository access (a git token, the VM's deploy key). The deploy runs in the background; its {@link DeployListener} events come over to the UI thread.
 * Apart from those, used on the UI thread only.
 */
public final class DeployViewModel {
    /** How the last deploy ended; NONE before the first. */
    public enum Result { NONE, SUCCEEDED, FAILED, CANCELLED }

    private final Supplier<Profile> profile;
    private final Deployer deployer;
    private final TaskRunner tasks;
    private final DeploySteps steps = new DeploySteps();
    private final ReadOnlyBooleanWrapper configured = new ReadOnlyBooleanWrapper(this, "configured");
    private final ReadOnlyObjectWrapper<StackSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result", Result.NONE);
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyStringWrapper resultHint = new ReadOnlyStringWrapper(this, "resultHint", "");
    private final ReadOnlyBooleanWrapper tenantMissing = new ReadOnlyBooleanWrapper(this, "tenantMissing");
    private final BooleanBinding canDeploy = configured.and(running.not());
    private final ObservableList<DeployRecord> history = FXCollections.observableArrayList();
    private final IntegerProperty readinessMinutes = new SimpleIntegerProperty(this, "readinessMinutes",
            (int) DeployOptions.DEFAULT_READINESS_TIMEOUT.toMinutes());
    private final RepositoryAccessModel access;
    private Deployer.Deploy deploy;

    public DeployViewModel(Supplier<Profile> profile, Deployer deployer, TaskRunner tasks) {
        this.profile = profile;
        this.deployer = deployer;
        this.tasks = tasks;
        this.access = new RepositoryAccessModel(profile, deployer, tasks);
    }

    /** Reads again whether the profile has stack settings (they are set with {@code eltdeck stack config}). */
    public void refresh() {
        String name = profile.get().name();
        tasks.call(() -> deployer.settings(name), found -> {
            settings.set(found.orElse(null));
            configured.set(found.isPresent());
        }, e -> configured.set(false));
        access.refresh();
        refreshHistory();
    }

    /** Saves new stack settings; {@code onError} gets the reason when they cannot be saved. */
    public void saveSettings(StackSettings next, java.util.function.Consumer<String> onError) {
        String name = profile.get().name();
        tasks.run(() -> deployer.saveSettings(name, next), this::refresh, e -> onError.accept(e.getMessage()));
    }

    private void refreshHistory() {
        String name = profile.get().name();
        tasks.call(() -> deployer.history(name), history::setAll, e -> history.clear());
    }

    public void deploy() {
        start(Deployer.Request.deploy(false, readinessTimeout()));
    }

    /** Recreates every container, changed or not. */
    public void redeploy() {
        start(Deployer.Request.deploy(true, readinessTimeout()));
    }

    /** Deploys again, creating Prefect's default tenant (the last deploy stopped because the server had none). */
    public void deployCreatingTenant() {
        start(new Deployer.Request(false, Optional.empty(), readinessTimeout(), true));
    }

    /** Deploys the commit of an earlier deploy again; .env, volumes and databases stay as they are. */
    public void rollback(DeployRecord to) {
        if (canRollBack(to)) {
            start(new Deployer.Request(false, Optional.of(to.commit()), readinessTimeout(), false));
        }
    }

    /** A deploy that got as far as a commit can be gone back to. */
    public boolean canRollBack(DeployRecord record) {
        return record != null && !record.commit().isEmpty() && canDeploy.get();
    }

    /** What the confirmation of a rollback says, plainly. */
    public static String rollbackWarning(DeployRecord to) {
        return "This deploys commit " + to.commit() + " again (deployed " + to.startedAt() + " by " + to.who() + ").\n\n"
                + "Only the repository goes back: the .env on the VM, the volumes and the databases are not rolled back.";
    }

    private Duration readinessTimeout() {
        return Duration.ofMinutes(Math.max(1, readinessMinutes.get()));
    }

    /** Keeps the token for this profile's deploys: in memory, and in the keychain when {@code remember}. */
    public void setToken(String token, boolean remember) {
        access.setToken(Secret.of(token), remember);
    }

    public void clearToken() {
        access.clearToken();
    }

    /** Makes (or finds) the deploy key on the VM and trusts github.com where the repository is there. */
    public void setUpDeployKey() {
        access.setUpDeployKey();
    }

    /** Asks the running deploy to stop; it still records and unlocks, then reports cancelled. */
    public void cancel() {
        Deployer.Deploy d = deploy;
        if (d == null || cancelling.get()) {
            return;
        }
        cancelling.set(true);
        tasks.run(d::cancel, () -> { }, e -> { });
    }

    private void start(Deployer.Request request) {
        if (!canDeploy.get()) {
            return;
        }
        steps.reset();
        result.set(Result.NONE);
        resultText.set(request.commit().map(c -> "Rolling back to " + c).orElse(request.redeploy() ? "Redeploying" : "Deploying")
                + " " + profile.get().name() + "…");
        resultHint.set("");
        tenantMissing.set(false);
        running.set(true);
        Relay relay = new Relay();
        Deployer.Deploy d = deployer.prepare(profile.get(), request, relay);
        relay.owner = d;
        deploy = d;
        tasks.call(d::run, r -> ended(d, r), e -> failed(d, e));
    }

    private void started(Deployer.Deploy from, DeployStep step) {
        if (from == deploy) {
            steps.started(step);
        }
    }

    private void output(Deployer.Deploy from, DeployStep step, String line) {
        if (from == deploy) {
            steps.output(step, line);
        }
    }

    private void finished(Deployer.Deploy from, DeployStep step, DeployListener.Outcome outcome, Duration duration,
                          String hint) {
        if (from == deploy) {
            steps.finished(step, outcome, duration, hint);
        }
    }

    private void ended(Deployer.Deploy from, DeployResult r) {
        if (from != deploy) {
            return;
        }
        String took = Durations.seconds(r.duration());
        String outcome = r.outcome().name().toLowerCase(Locale.ROOT);
        resultText.set("Deploy " + outcome + " in " + took + (r.sync() == null ? "" : " at " + r.sync().commit())
                + (r.succeeded() ? "." : ": " + r.message()));
        resultHint.set(r.hint());
        tenantMissing.set(r.outcome() == DeployListener.Outcome.FAILED && r.failedStep().equals(Optional.of(DeployStep.TENANT)));
        result.set(switch (r.outcome()) {
            case SUCCEEDED -> Result.SUCCEEDED;
            case CANCELLED -> Result.CANCELLED;
            default -> Result.FAILED;
        });
        done();
    }

    private void failed(Deployer.Deploy from, Exception e) {
        if (from != deploy) {
            return;
        }
        resultText.set("Deploy failed before it started: " + e.getMessage());
        resultHint.set("");
        result.set(Result.FAILED);
        done();
    }

    private void done() {
        refreshHistory();
        deploy = null;
        running.set(false);
        cancelling.set(false);
    }

    public ObservableList<DeployStepRow> steps() {
        return steps.rows();
    }

    public ReadOnlyBooleanProperty configuredProperty() {
        return configured.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** Configured and not running: Deploy and Redeploy apply. */
    public BooleanBinding canDeployProperty() {
        return canDeploy;
    }

    /** The step started last (the panel shows its output unless the user picks another). */
    public ReadOnlyObjectProperty<DeployStepRow> currentProperty() {
        return steps.currentProperty();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultHintProperty() {
        return resultHint.getReadOnlyProperty();
    }

    /** The stack settings; null when the profile has none yet. */
    public ReadOnlyObjectProperty<StackSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** The last deploy stopped because the Prefect server has no tenant: offer to create it. */
    public ReadOnlyBooleanProperty tenantMissingProperty() {
        return tenantMissing.getReadOnlyProperty();
    }

    /** The profile's deploys, newest first. */
    public ObservableList<DeployRecord> history() {
        return history;
    }

    /** Minutes the readiness gate waits for the stack (at least 1). */
    public IntegerProperty readinessMinutesProperty() {
        return readinessMinutes;
    }

    public ReadOnlyObjectProperty<GitTokens.Source> tokenSourceProperty() {
        return access.tokenSourceProperty();
    }

    /** The deploy key last made or found on the VM; null before. */
    public ReadOnlyObjectProperty<DeployKey.Setup> deployKeyProperty() {
        return access.deployKeyProperty();
    }

    public ReadOnlyBooleanProperty accessBusyProperty() {
        return access.busyProperty();
    }

    /** What went wrong with the token or the deploy key, in words; empty when nothing did. */
    public ReadOnlyStringProperty accessMessageProperty() {
        return access.messageProperty();
    }

    public String profileName() {
        return profile.get().name();
    }

    /** What to do before the first deploy: the window has the button for it. */
    public String settingsHint() {
        return "No stack yet: set the repository to deploy with Stack settings.";
    }

    /** The question before a deploy: what it will do to the VM. */
    public String confirmation(boolean recreate) {
        StackSettings s = settingsProperty().get();
        String source = s == null ? "the repository" : s.repository() + " (" + s.branch() + ")";
        return "ELT Deck locks the stack, brings " + source + " up to date on the VM, checks the .env and runs docker compose up"
                + (recreate ? ", recreating every container, changed or not" : " (only changed containers are recreated)")
                + ". Flow runs in progress on the agent may be interrupted.";
    }

    /** Carries one deploy's events (on its thread) over to the UI thread. */
    private final class Relay implements DeployListener {
        private volatile Deployer.Deploy owner;

        @Override
        public void started(DeployStep step) {
            Deployer.Deploy o = owner;
            tasks.onUi(() -> DeployViewModel.this.started(o, step));
        }

        @Override
        public void output(DeployStep step, String line) {
            Deployer.Deploy o = owner;
            tasks.onUi(() -> DeployViewModel.this.output(o, step, line));
        }

        @Override
        public void finished(DeployStep step, Outcome outcome, Duration duration, String hint) {
            Deployer.Deploy o = owner;
            tasks.onUi(() -> DeployViewModel.this.finished(o, step, outcome, duration, hint));
        }
    }
}
