package eltdeck.ui.shell;

import eltdeck.profile.Profile;
import eltdeck.stack.StackSettings;
import eltdeck.tunnel.ConnectionState;
import eltdeck.ui.deploy.DeployViewModel;
import eltdeck.ui.profile.ProfileViewModel;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The getting-started guide: where a new user stands on the way from no VM to the first deploy, worked out from the
 * real state of the selected profile (saved, key file, known host key, connection, stack settings, deploy history),
 * never from clicks in the guide. The user may skip a step or the whole guide (remembered in the data directory),
 * and bring it back. Used on the UI thread; file checks and saves go through the task runner.
 */
public final class FirstRunGuideViewModel {
    private final MainViewModel main;
    private final boolean agentRunning;
    private GuideSettings settings;
    private final Map<GuideStep, ReadOnlyObjectWrapper<GuideStep.State>> states = new EnumMap<>(GuideStep.class);
    private final Set<GuideStep> skipped = EnumSet.noneOf(GuideStep.class);
    private final ReadOnlyObjectWrapper<GuideStep> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObjectProperty<GuideStep> shown = new SimpleObjectProperty<>(this, "shown", GuideStep.ADD_VM);
    private final ReadOnlyObjectWrapper<GuideStep.State> shownState =
            new ReadOnlyObjectWrapper<>(this, "shownState", GuideStep.State.CURRENT);
    private final ReadOnlyBooleanWrapper shownSkippable = new ReadOnlyBooleanWrapper(this, "shownSkippable");
    private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper(this, "shownText", "");
    private final ReadOnlyBooleanWrapper actionDisabled = new ReadOnlyBooleanWrapper(this, "actionDisabled");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private final BooleanBinding visible = loaded.and(closed.not());
    private final InvalidationListener recompute = o -> update();
    private final InvalidationListener recheckFiles = o -> checkFiles();
    private LoginFacts facts = LoginFacts.UNKNOWN;
    /** False while the selected profile's key and known-hosts files are first read: its steps are not known yet. */
    private boolean factsRead = true;
    private ProfileViewModel watched;

    /**
     * @param home         the data directory, where what the user told the guide is kept
     * @param agentRunning whether an ssh-agent is there (a profile that logs in through it needs no key file)
     */
    public FirstRunGuideViewModel(MainViewModel main, Path home, boolean agentRunning) {
        this.main = main;
        this.agentRunning = agentRunning;
        for (GuideStep step : GuideStep.values()) {
            states.put(step, new ReadOnlyObjectWrapper<>(this, step.name(), GuideStep.State.AHEAD));
        }
        main.profiles().addListener(recompute);
        main.selectedProperty().addListener((o, old, now) -> watch(now));
        shown.addListener(recompute);
        main.loadedProperty().addListener(o -> settle());
        main.tasks().call(() -> GuideSettings.in(home), found -> {
            settings = found;
            skipped.addAll(found.skipped());
            closed.set(found.closed());
            settle();
        }, e -> { });
        watch(main.selectedProperty().get());
    }

    /**
     * Once both the guide's settings and the profiles are read: on the guide's first start in this data directory it
     * opens only for a first run; profiles made before the guide existed mean the user knows the way (the menu still
     * brings it).
     */
    private void settle() {
        if (settings == null || !main.loadedProperty().get() || loaded.get()) {
            return;
        }
        if (!settings.recorded()) {
            closed.set(!main.profiles().isEmpty());
            save();
        }
        loaded.set(true);
        update();
    }

    /** The guide for this user: it counts an ssh-agent as a login when SSH_AUTH_SOCK is set. */
    public static FirstRunGuideViewModel forUser(MainViewModel main, Path home) {
        String agent = System.getenv("SSH_AUTH_SOCK");
        return new FirstRunGuideViewModel(main, home, agent != null && !agent.isBlank());
    }

    /** Shows what a step does (its state stays what the real state says). */
    public void show(GuideStep step) {
        shown.set(step);
    }

    /** Passes over the shown step (for people who know, or do it their own way); a done step stays done. */
    public void skipShown() {
        if (!skippable(shown.get())) {
            return;
        }
        skipped.add(shown.get());
        save();
        update();
    }

    /** "Skip the guide", or put it away once done; remembered until {@link #reopen}. */
    public void close() {
        closed.set(true);
        save();
    }

    /** Brings the guide back (from the menu), with every skipped step back on the list. */
    public void reopen() {
        skipped.clear();
        closed.set(false);
        save();
        update();
    }

    private void save() {
        GuideSettings target = settings;
        if (target != null) {
            target.remember(closed.get(), skipped);
            main.tasks().run(target::write, () -> { }, e -> { });
        }
    }

    private void watch(ProfileViewModel next) {
        for (Observable o : observed(watched)) {
            o.removeListener(recompute);
        }
        if (watched != null) {
            watched.profileProperty().removeListener(recheckFiles);
            watched.stateProperty().removeListener(recheckFiles);
        }
        watched = next;
        facts = LoginFacts.UNKNOWN;
        factsRead = next == null;
        for (Observable o : observed(next)) {
            o.addListener(recompute);
        }
        if (next != null) {
            // A new key, a saved host key or a connection that got through change what the files say.
            next.profileProperty().addListener(recheckFiles);
            next.stateProperty().addListener(recheckFiles);
        }
        checkFiles();
        update();
    }

    private List<Observable> observed(ProfileViewModel vm) {
        if (vm == null) {
            return List.of();
        }
        DeployViewModel d = main.tabs(vm).deploy();
        return List.of(vm.profileProperty(), vm.stateProperty(), vm.activeProperty(), d.configuredProperty(),
                d.settingsProperty(), d.history(), d.resultProperty(), d.runningProperty());
    }

    private void checkFiles() {
        ProfileViewModel vm = watched;
        if (vm == null) {
            return;
        }
        Profile profile = vm.profile();
        main.tasks().call(() -> LoginFacts.of(profile, agentRunning), found -> {
            if (vm == watched && profile.equals(vm.profile())) {
                facts = found;
                factsRead = true;
                update();
            }
        }, e -> {
            if (vm == watched && !factsRead) {
                factsRead = true; // as unknown: the key and host key steps stay to do
                update();
            }
        });
    }

    private void update() {
        if (!factsRead) {
            // Else the key step would show as the current one for a moment, until the files say it is done.
            return;
        }
        Map<GuideStep, Boolean> done = doneSteps();
        GuideStep first = null;
        for (GuideStep step : GuideStep.values()) {
            GuideStep.State state;
            if (done.get(step)) {
                state = GuideStep.State.DONE;
            } else if (skipped.contains(step)) {
                state = GuideStep.State.SKIPPED;
            } else if (first == null) {
                first = step;
                state = GuideStep.State.CURRENT;
            } else {
                state = GuideStep.State.AHEAD;
            }
            states.get(step).set(state);
        }
        if (first != current.get()) {
            current.set(first);
            if (first != null) {
                shown.set(first);
            }
        }
        GuideStep step = shown.get();
        Profile profile = watched == null ? null : watched.profile();
        StackSettings stack = watched == null ? null : main.tabs(watched).deploy().settingsProperty().get();
        shownState.set(states.get(step).get());
        shownSkippable.set(skippable(step));
        shownText.set(done.get(step) ? GuideTexts.done(step, profile, stack) : GuideTexts.before(step, profile, stack));
        actionDisabled.set(actionDisabled(step));
    }

    private Map<GuideStep, Boolean> doneSteps() {
        Map<GuideStep, Boolean> done = new EnumMap<>(GuideStep.class);
        ProfileViewModel vm = watched;
        boolean connected = vm != null && vm.stateProperty().get().kind() == ConnectionState.Kind.CONNECTED;
        done.put(GuideStep.ADD_VM, !main.profiles().isEmpty() && vm != null);
        done.put(GuideStep.KEY, vm != null && facts.keyReady());
        // Accepted for this session only, the host key is not saved, but the user has seen and checked it.
        done.put(GuideStep.HOST_KEY, vm != null && (facts.hostKeyKnown() || connected));
        done.put(GuideStep.CONNECT, connected);
        done.put(GuideStep.STACK_SETTINGS, vm != null && main.tabs(vm).deploy().configuredProperty().get());
        done.put(GuideStep.DEPLOY, vm != null && (main.tabs(vm).deploy().resultProperty().get() == DeployViewModel.Result.SUCCEEDED
                || main.tabs(vm).deploy().history().stream().anyMatch(r -> r.succeeded())));
        return done;
    }

    /** Every later step needs a VM, so adding one cannot be skipped; a step done or skipped has nothing to skip. */
    private boolean skippable(GuideStep step) {
        GuideStep.State state = states.get(step).get();
        return step != GuideStep.ADD_VM && (state == GuideStep.State.CURRENT || state == GuideStep.State.AHEAD);
    }

    private boolean actionDisabled(GuideStep step) {
        ProfileViewModel vm = watched;
        return switch (step) {
            case ADD_VM, KEY -> false;
            case HOST_KEY, CONNECT -> vm == null || vm.activeProperty().get();
            case STACK_SETTINGS -> vm == null || main.tabs(vm).deploy().runningProperty().get();
            case DEPLOY -> vm == null || !main.tabs(vm).deploy().canDeployProperty().get();
        };
    }

    public ReadOnlyObjectProperty<GuideStep.State> stateProperty(GuideStep step) {
        return states.get(step).getReadOnlyProperty();
    }

    /** The first step neither done nor skipped; null when the guide is through. */
    public ReadOnlyObjectProperty<GuideStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The step whose explanation and button show: the current one, unless the user picked another. */
    public ReadOnlyObjectProperty<GuideStep> shownProperty() {
        return shown;
    }

    public ReadOnlyObjectProperty<GuideStep.State> shownStateProperty() {
        return shownState.getReadOnlyProperty();
    }

    /** The shown step is ahead and may be passed over. */
    public ReadOnlyBooleanProperty shownSkippableProperty() {
        return shownSkippable.getReadOnlyProperty();
    }

    /** What the shown step will do (or, once done, what is in place), from the real settings. */
    public ReadOnlyStringProperty shownTextProperty() {
        return shownText.getReadOnlyProperty();
    }

    /** The shown step's button cannot act now (e.g. Connect while connected, Deploy without stack settings). */
    public ReadOnlyBooleanProperty actionDisabledProperty() {
        return actionDisabled.getReadOnlyProperty();
    }

    /** Shown: its settings are read and the user has not closed it. */
    public BooleanBinding visibleProperty() {
        return visible;
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
