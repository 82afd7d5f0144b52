package eltdeck.ui.prefect;

import eltdeck.Plural;
import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.FlowRun;
import eltdeck.prefect.FlowRuns;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.RunFilter;
import eltdeck.ui.common.TaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Runs tab of one profile: the newest runs of every flow (or one), in any state (or one), each of which opens
 * its page; and, when switched on (a choice remembered per profile), a notice for every run that fails while the app
 * is open. UI thread only.
 */
public final class RunsViewModel {
    /** The states offered in the filter: the ones a run is usually found in. */
    public static final List<String> STATES = List.of("Scheduled", "Submitted", "Running", "Success", "Failed",
            "Cancelling", "Cancelled", "TimedOut");
    static final int LIMIT = 200;
    static final Duration WATCH_EVERY = Duration.ofSeconds(15);

    private final PrefectEndpoint endpoint;
    private final FlowsViewModel.RunPageFactory pages;
    private final TaskRunner tasks;
    private final ObservableList<Flow> flows = FXCollections.observableArrayList();
    private final ObservableList<FlowRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Flow> flowFilter = new SimpleObjectProperty<>(this, "flowFilter");
    private final ObjectProperty<String> stateFilter = new SimpleObjectProperty<>(this, "stateFilter");
    private final BooleanProperty notifyFailures = new SimpleBooleanProperty(this, "notifyFailures");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<RunViewModel> openedRun = new SimpleObjectProperty<>(this, "openedRun");
    private final FailedRunWatch watch;
    private int generation;
    /** True while the stored choice is being shown, which needs no saving. */
    private boolean restoring;
    /** Set once the user chose: a stored choice read later must not undo it. */
    private boolean chosen;

    /** @param profileName the profile whose choice to be told of failed runs is read and saved through {@code access} */
    public RunsViewModel(PrefectEndpoint endpoint, Supplier<String> profileName, PrefectAccess access,
                         FlowsViewModel.RunPageFactory pages, Consumer<String> notify, TaskRunner tasks) {
        this(endpoint, profileName, access, pages, notify, tasks, WATCH_EVERY);
    }

    RunsViewModel(PrefectEndpoint endpoint, Supplier<String> profileName, PrefectAccess access,
                  FlowsViewModel.RunPageFactory pages, Consumer<String> notify, TaskRunner tasks, Duration watchEvery) {
        this.endpoint = endpoint;
        this.pages = pages;
        this.tasks = tasks;
        // The watch reads the URL on its own thread: it gets the one the UI thread saw last.
        ObjectProperty<GraphQlClient> current = new SimpleObjectProperty<>();
        endpoint.urlProperty().addListener((o, was, now) -> current.set(endpoint.client().orElse(null)));
        current.set(endpoint.client().orElse(null));
        watch = new FailedRunWatch(current::get, run -> notify.accept(RunViewModel.endedText(run)), watchEvery, tasks);
        notifyFailures.addListener((o, was, on) -> {
            if (on) {
                watch.start();
            } else {
                watch.stop();
            }
            if (!restoring) {
                chosen = true;
                tasks.run(() -> access.setAlertsFailedRuns(profileName.get(), on), () -> { },
                        e -> status.set("Could not remember whether to tell of failed runs: " + e.getMessage()));
            }
        });
        flowFilter.addListener(o -> refresh());
        stateFilter.addListener(o -> refresh());
        String name = profileName.get();
        tasks.call(() -> access.alertsFailedRuns(name), on -> {
            if (chosen) {
                return;
            }
            restoring = true;
            notifyFailures.set(on);
            restoring = false;
        }, e -> status.set("Cannot read whether to tell of failed runs: " + e.getMessage()));
    }

    /** Reads the flows (for the filter) and the runs the filter lets through. */
    public void refresh() {
        Optional<GraphQlClient> api = endpoint.client();
        if (api.isEmpty()) {
            status.set(endpoint.whyNoneProperty().get());
            runs.clear();
            return;
        }
        GraphQlClient client = api.get();
        Flow flow = flowFilter.get();
        String state = stateFilter.get();
        RunFilter filter = new RunFilter(flow == null ? null : flow.flowGroupId(), state == null ? List.of() : List.of(state), LIMIT);
        int mine = ++generation;
        loading.set(true);
        tasks.call(() -> new Loaded(new FlowCatalog(client).list(), new FlowRuns(client).recent(filter)), loaded -> {
            if (mine != generation) {
                return; // a newer filter asked in the meantime
            }
            loading.set(false);
            mergeFlows(loaded.flows());
            runs.setAll(pastFirst(loaded.runs(), java.time.Instant.now()));
            status.set(loaded.runs().isEmpty() ? "No runs" + (flow == null && state == null ? " yet." : " match the filter.")
                    : Plural.of(loaded.runs().size(), "run") + ", newest first.");
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                status.set(e.getMessage());
            }
        });
    }

    /** Opens the run's page. */
    public void open(FlowRun run) {
        endpoint.client().ifPresent(client -> openedRun.set(pages.open(client, run.id())));
    }

    /** Runs that started or were due by {@code now}, newest first, then the ones still to come, soonest first. */
    static List<FlowRun> pastFirst(List<FlowRun> runs, java.time.Instant now) {
        java.util.function.Function<FlowRun, java.time.Instant> when = r -> r.start() != null ? r.start() : r.scheduledStart();
        java.util.function.Predicate<FlowRun> upcoming = r -> r.start() == null && r.scheduledStart() != null
                && r.scheduledStart().isAfter(now);
        List<FlowRun> past = runs.stream().filter(upcoming.negate())
                .sorted(java.util.Comparator.comparing(when, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))).toList();
        List<FlowRun> future = runs.stream().filter(upcoming).sorted(java.util.Comparator.comparing(FlowRun::scheduledStart)).toList();
        List<FlowRun> all = new java.util.ArrayList<>(past);
        all.addAll(future);
        return all;
    }

    /** Keeps the chosen flow object when the list is read again, so the filter does not jump. */
    private void mergeFlows(List<Flow> latest) {
        List<String> ids = flows.stream().map(Flow::flowGroupId).toList();
        if (!ids.equals(latest.stream().map(Flow::flowGroupId).toList())) {
            Flow chosen = flowFilter.get();
            flows.setAll(latest);
            if (chosen != null) {
                latest.stream().filter(f -> f.flowGroupId().equals(chosen.flowGroupId())).findFirst()
                        .ifPresentOrElse(f -> { }, () -> flowFilter.set(null));
            }
        }
    }

    private record Loaded(List<Flow> flows, List<FlowRun> runs) {
    }

    public PrefectEndpoint endpoint() {
        return endpoint;
    }

    public ObservableList<Flow> flows() {
        return flows;
    }

    public ObservableList<FlowRun> runs() {
        return runs;
    }

    /** The flow whose runs are listed; null for every flow. */
    public ObjectProperty<Flow> flowFilterProperty() {
        return flowFilter;
    }

    /** The state listed; null for any. */
    public ObjectProperty<String> stateFilterProperty() {
        return stateFilter;
    }

    /** Tell of every run that fails while the app is open. */
    public BooleanProperty notifyFailuresProperty() {
        return notifyFailures;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<RunViewModel> openedRunProperty() {
        return openedRun;
    }
}
