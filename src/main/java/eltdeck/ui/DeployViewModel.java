package eltdeck.ui;

import eltdeck.profile.Profile;
import eltdeck.stack.DeployListener;
import eltdeck.stack.DeployResult;
import eltdeck.stack.DeployStep;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deploy panel of one profile: whether it can deploy, the steps with their live state and output, and how
 * the last deploy ended. The deploy runs in the background; its {@link DeployListener} events come over to the
 * UI thread. Apart from those, used on the UI thread only.
 */
public final class DeployViewModel {
    /** How the last deploy ended; NONE before the first. */
    public enum Result { NONE, SUCCEEDED, FAILED, CANCELLED }

    private final Supplier<Profile> profile;
    private final Deployer deployer;
    private final TaskRunner tasks;
    private final ObservableList<DeployStepRow> steps =
            FXCollections.observableArrayList(r -> new Observable[] {r.stateProperty(), r.durationProperty()});
    private final ReadOnlyBooleanWrapper configured = new ReadOnlyBooleanWrapper(this, "configured");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyObjectWrapper<DeployStepRow> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result", Result.NONE);
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyStringWrapper resultHint = new ReadOnlyStringWrapper(this, "resultHint", "");
    private final BooleanBinding canDeploy = configured.and(running.not());
    private Deployer.Deploy deploy;

    public DeployViewModel(Supplier<Profile> profile, Deployer deployer, TaskRunner tasks) {
        this.profile = profile;
        this.deployer = deployer;
        this.tasks = tasks;
        Arrays.stream(DeployStep.values()).map(DeployStepRow::new).forEach(steps::add);
    }

    /** Reads again whether the profile has stack settings (they are set with {@code eltdeck stack config}). */
    public void refresh() {
        String name = profile.get().name();
        tasks.call(() -> deployer.configured(name), configured::set, e -> configured.set(false));
    }

    public void deploy() {
        start(false);
    }

    /** Recreates every container, changed or not. */
    public void redeploy() {
        start(true);
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

    private void start(boolean redeploy) {
        if (!canDeploy.get()) {
            return;
        }
        steps.forEach(DeployStepRow::reset);
        current.set(null);
        result.set(Result.NONE);
        resultText.set((redeploy ? "Redeploying" : "Deploying") + " " + profile.get().name() + "…");
        resultHint.set("");
        running.set(true);
        Relay relay = new Relay();
        Deployer.Deploy d = deployer.prepare(profile.get(), redeploy, relay);
        relay.owner = d;
        deploy = d;
        tasks.call(d::run, r -> ended(d, r), e -> failed(d, e));
    }

    private void started(Deployer.Deploy from, DeployStep step) {
        if (from == deploy) {
            DeployStepRow row = row(step);
            row.start();
            current.set(row);
        }
    }

    private void output(Deployer.Deploy from, DeployStep step, String line) {
        if (from == deploy) {
            row(step).append(line);
        }
    }

    private void finished(Deployer.Deploy from, DeployStep step, DeployListener.Outcome outcome, Duration duration,
                          String hint) {
        if (from == deploy) {
            row(step).finish(DeployStepRow.State.valueOf(outcome.name()), duration, hint);
        }
    }

    private void ended(Deployer.Deploy from, DeployResult r) {
        if (from != deploy) {
            return;
        }
        String took = DeployStepRow.seconds(r.duration());
        String outcome = r.outcome().name().toLowerCase(Locale.ROOT);
        resultText.set("Deploy " + outcome + " in " + took + (r.sync() == null ? "" : " at " + r.sync().commit())
                + (r.succeeded() ? "." : ": " + r.message()));
        resultHint.set(r.hint());
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
        deploy = null;
        running.set(false);
        cancelling.set(false);
    }

    private DeployStepRow row(DeployStep step) {
        return steps.get(step.ordinal());
    }

    public ObservableList<DeployStepRow> steps() {
        return steps;
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
        return current.getReadOnlyProperty();
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

    /** "Set them with: eltdeck stack config NAME --repo ORG/NAME". */
    public String settingsHint() {
        return "No stack settings yet. Set them with: eltdeck stack config " + profile.get().name() + " --repo ORG/NAME";
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
