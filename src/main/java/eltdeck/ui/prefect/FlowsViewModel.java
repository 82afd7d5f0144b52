package eltdeck.ui.prefect;

import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.FlowRuns;
import eltdeck.prefect.FlowSchedules;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectServer;
import eltdeck.prefect.RunRequest;
import eltdeck.prefect.Schedule;
import eltdeck.prefect.ServerDiagnosis;
import eltdeck.profile.Profile;
import eltdeck.ui.common.FirstRead;
import eltdeck.ui.common.TaskRunner;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Flows tab of one profile: which server answers and what is wrong with it, each flow group's newest version
 * (searchable), on/off, runs started from here, schedules and defaults saved from here. A registration that switched
 * a schedule back on, which the user had off, is noticed and can be undone. UI thread only; the API in the background.
 */
public final class FlowsViewModel {
    private final PrefectEndpoint endpoint;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ReadOnlyStringWrapper server = new ReadOnlyStringWrapper(this, "server", "");
    private final ReadOnlyBooleanWrapper tenantMissing = new ReadOnlyBooleanWrapper(this, "tenantMissing");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final FirstRead firstRead = new FirstRead(loading);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<FlowRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FlowRow> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    /** Flows whose schedule the user had off and a new version switched on again. */
    private final ObservableList<Flow> switchedBackOn = FXCollections.observableArrayList();
    /** A run was started from here: the view opens its page. */
    private final ObjectProperty<RunViewModel> startedRun = new SimpleObjectProperty<>(this, "startedRun");
    private final RunPageFactory runPages;
    private final RegisterViewModel registration;
    /** Per flow group, the version last seen with its schedule off. */
    private final Map<String, Integer> seenOff = new HashMap<>();

    /** Makes the page of a run just started (with the client it was started through). */
    @FunctionalInterface
    public interface RunPageFactory {
        RunViewModel open(GraphQlClient client, String runId);
    }

    public FlowsViewModel(PrefectEndpoint endpoint, RunPageFactory runPages, Supplier<Profile> profile, PrefectAccess access,
                          TaskRunner tasks, Clock clock) {
        this.endpoint = endpoint;
        this.registration = new RegisterViewModel(profile, access, endpoint, tasks, this::refresh);
        this.runPages = runPages;
        this.tasks = tasks;
        this.clock = clock;
        search.addListener((o, was, now) -> applySearch());
    }

    /** Reads the server, its agents and its flows again. */
    public void refresh() {
        Optional<GraphQlClient> api = endpoint.client();
        if (api.isEmpty()) {
            server.set("");
            problems.setAll(endpoint.whyNoneProperty().get());
            rows.clear();
            firstRead.forget();
            return;
        }
        GraphQlClient client = api.get();
        loading.set(true);
        tasks.call(() -> {
            ServerDiagnosis diagnosis = ServerDiagnosis.read(new PrefectServer(client), clock.instant());
            List<Flow> flows = new FlowCatalog(client).list();
            return new Snapshot(diagnosis, flows);
        }, snapshot -> {
            loading.set(false);
            show(client, snapshot);
        }, e -> {
            loading.set(false);
            server.set("");
            problems.setAll(e.getMessage());
            rows.clear();
        });
    }

    /** Creates the {@code default} tenant, as {@code prefect server create-tenant} does. */
    public void createTenant() {
        withClient(client -> tasks.call(() -> new PrefectServer(client).createDefaultTenant(), id -> {
            status.set("Created the default tenant. Restart the agent (Deploy tab: Redeploy) so that it registers.");
            refresh();
        }, this::failed));
    }

    /** Switches scheduling on or off for the flow group's current version. */
    public void setActive(Flow flow, boolean active) {
        withClient(client -> tasks.run(() -> new FlowSchedules(client).setActive(flow.flowGroupId(), active), () -> {
            status.set("Schedule of " + flow.name() + " switched " + (active ? "on." : "off."));
            refresh();
        }, e -> {
            failed(e);
            refresh();
        }));
    }

    /** Switches off again every schedule a registration switched back on. */
    public void restoreSwitchedOff() {
        List<Flow> flows = List.copyOf(switchedBackOn);
        switchedBackOn.clear();
        withClient(client -> tasks.run(() -> {
            FlowSchedules schedules = new FlowSchedules(client);
            for (Flow f : flows) {
                schedules.setActive(f.flowGroupId(), false);
            }
        }, () -> {
            status.set("Switched off again: " + String.join(", ", flows.stream().map(Flow::name).toList()) + ".");
            refresh();
        }, this::failed));
    }

    /** Keeps the schedules on as the registration left them. */
    public void keepSwitchedOn() {
        switchedBackOn.forEach(f -> seenOff.remove(f.flowGroupId()));
        switchedBackOn.clear();
    }

    /** One run with the flow's defaults: the double click. One request, one idempotency key: a retry makes no second run. */
    public void quickRun(Flow flow) {
        trigger(flow, Map.of(), null);
    }

    /** Starts a run with {@code parameters} over the defaults and an optional name; its page opens. */
    public void trigger(Flow flow, Map<String, Object> parameters, String runName) {
        withClient(client -> {
            RunRequest request = RunRequest.of(flow, parameters, runName);
            tasks.call(() -> new FlowRuns(client).create(request), id -> {
                status.set("Started a run of " + flow.name() + ".");
                startedRun.set(runPages.open(client, id));
            }, this::failed);
        });
    }

    /** Saves the whole schedule of the flow's group; {@code done} gets null on success, else the error. */
    public void saveSchedule(Flow flow, Schedule schedule, Consumer<String> done) {
        withClient(client -> tasks.run(() -> new FlowSchedules(client).setSchedule(flow, schedule), () -> {
            status.set("Saved the schedule of " + flow.name() + ". Prefect Server makes the new runs on its next loop.");
            done.accept(null);
            refresh();
        }, e -> done.accept(e.getMessage())));
    }

    /** Replaces the group's default parameters; {@code done} gets null on success, else the error. */
    public void saveDefaults(Flow flow, Map<String, Object> defaults, Consumer<String> done) {
        withClient(client -> tasks.run(() -> new FlowSchedules(client).setDefaultParameters(flow, defaults), () -> {
            status.set("Saved the default parameters of " + flow.name() + ".");
            done.accept(null);
            refresh();
        }, e -> done.accept(e.getMessage())));
    }

    private void show(GraphQlClient client, Snapshot snapshot) {
        ServerDiagnosis d = snapshot.diagnosis();
        server.set(d.describe() + " at " + client.endpoint());
        tenantMissing.set(!d.hasTenant());
        problems.setAll(d.problems());
        rows.setAll(snapshot.flows().stream().map(f -> new FlowRow(f, d.whyRunsWait(f))).toList());
        applySearch();
        noticeSwitchedBackOn(snapshot.flows());
    }

    /** A newer version with its schedule on where the user had it off: a registration did that. */
    private void noticeSwitchedBackOn(List<Flow> flows) {
        for (Flow f : flows) {
            Integer offAt = seenOff.get(f.flowGroupId());
            if (f.schedule() != null && !f.scheduleActive()) {
                seenOff.put(f.flowGroupId(), f.version());
            } else if (offAt != null && f.scheduleActive()) {
                seenOff.remove(f.flowGroupId());
                if (f.version() > offAt && switchedBackOn.stream().noneMatch(s -> s.flowGroupId().equals(f.flowGroupId()))) {
                    switchedBackOn.add(f);
                }
            }
        }
    }

    private void applySearch() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : r -> r.flow().name().toLowerCase(Locale.ROOT).contains(needle)
                || r.flow().project().toLowerCase(Locale.ROOT).contains(needle)
                || r.labels().toLowerCase(Locale.ROOT).contains(needle));
    }

    private void withClient(Consumer<GraphQlClient> action) {
        Optional<GraphQlClient> api = endpoint.client();
        if (api.isEmpty()) {
            status.set(endpoint.whyNoneProperty().get());
            return;
        }
        action.accept(api.get());
    }

    private void failed(Exception e) {
        status.set(e.getMessage());
    }

    private record Snapshot(ServerDiagnosis diagnosis, List<Flow> flows) {
    }

    /** Registering flows on the VM; the flows are read again after each registration. */
    public RegisterViewModel registration() {
        return registration;
    }

    public PrefectEndpoint endpoint() {
        return endpoint;
    }

    /** "Prefect Server 2022.09.23 (Core 1.4.1) at http://…"; empty until the server answered. */
    public ReadOnlyStringProperty serverProperty() {
        return server.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tenantMissingProperty() {
        return tenantMissing.getReadOnlyProperty();
    }

    /** True while the flows are read with none shown yet (not on a refresh of rows already shown). */
    public ReadOnlyBooleanProperty firstReadProperty() {
        return firstRead.property();
    }

    /** The outcome of the last action. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What is wrong with the server (no tenant, no agent), or why it cannot be reached. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Every flow. */
    public ObservableList<FlowRow> rows() {
        return rows;
    }

    /** The flows matching the search. */
    public ObservableList<FlowRow> shownRows() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Flow> switchedBackOn() {
        return switchedBackOn;
    }

    public ObjectProperty<RunViewModel> startedRunProperty() {
        return startedRun;
    }
}
