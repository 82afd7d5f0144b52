package eltdeck.ui.airbyte;

import eltdeck.Plural;
import eltdeck.airbyte.AirbyteApiException;
import eltdeck.airbyte.AirbyteClient;
import eltdeck.airbyte.AirbyteConnection;
import eltdeck.airbyte.AirbyteConnections;
import eltdeck.airbyte.SyncJob;
import eltdeck.airbyte.SyncJobs;
import eltdeck.airbyte.SyncStart;
import eltdeck.ui.common.FirstRead;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.logs.LogViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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
 * The Airbyte tab of one profile: the server (URL, version, health), its connections with their last sync (searchable),
 * the selected connection's jobs, Sync now (following the running job when one is already under way), and job
 * pages. Errors say what is wrong and what to do. UI thread only.
 */
public final class AirbyteViewModel {
    static final int JOB_HISTORY = 50;
    /** How often the tab reads again while it is in front: syncs started elsewhere (the flow, the web app) show up. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    /** Makes the page of a job, reading as soon as it is made. */
    @FunctionalInterface
    public interface JobPageFactory {
        AirbyteJobViewModel open(AirbyteClient client, long jobId, String connectionName);

        /** Pages that poll the status every 3 s and read the logs every 5 s. */
        static JobPageFactory standard(TaskRunner tasks, Consumer<String> notify) {
            return (client, jobId, name) -> {
                AirbyteJobViewModel page = new AirbyteJobViewModel(client, jobId, name, tasks, new LogViewModel(), notify,
                        Duration.ofSeconds(3), Duration.ofSeconds(5));
                page.start();
                return page;
            };
        }
    }

    private final AirbyteEndpoint endpoint;
    private final JobPageFactory pages;
    private final Consumer<String> notify;
    private final TaskRunner tasks;
    /** Looks again every {@link #POLL_INTERVAL} while the tab is in front; null otherwise. */
    private TaskRunner.Repeating ticks;
    private final ObservableList<AirbyteConnection> connections = FXCollections.observableArrayList();
    private final FilteredList<AirbyteConnection> shown = new FilteredList<>(connections);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<AirbyteConnection> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<SyncJob> jobs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final FirstRead firstRead = new FirstRead(loading);
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(this, "syncing");
    private final ObjectProperty<AirbyteJobViewModel> openedJob = new SimpleObjectProperty<>(this, "openedJob");
    private int generation;

    public AirbyteViewModel(AirbyteEndpoint endpoint, JobPageFactory pages, Consumer<String> notify, TaskRunner tasks) {
        this.endpoint = endpoint;
        this.pages = pages;
        this.notify = notify;
        this.tasks = tasks;
        search.addListener((o, was, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : c -> (c.name() + " " + c.route() + " " + c.status())
                    .toLowerCase(Locale.ROOT).contains(needle));
        });
        selected.addListener((o, was, now) -> loadJobs());
    }

    /** Reads the server's health and version and the connections (keeping the selection), then the selected one's jobs. */
    public void refresh() {
        Optional<AirbyteClient> api = endpoint.client();
        if (api.isEmpty()) {
            error.set(endpoint.whyNoneProperty().get());
            connections.clear();
            firstRead.forget();
            version.set("");
            return;
        }
        AirbyteClient client = api.get();
        int mine = ++generation;
        loading.set(true);
        if (connections.isEmpty()) {
            status.set("Reading the connections…");
        }
        tasks.call(() -> {
            boolean healthy = client.health();
            List<AirbyteConnection> all = new AirbyteConnections(client).list();
            return new Loaded(healthy, all, client.version().orElse("unknown"));
        }, loaded -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            error.set(loaded.healthy() ? "" : "Airbyte answers but says it is not available (health: false): its database"
                    + " or server may be starting; try again in a minute.");
            version.set(loaded.version());
            AirbyteConnection before = selected.get();
            if (!connections.equals(loaded.connections())) {
                // Replaced only when something changed, so a periodic read leaves the table (and its scroll) alone.
                connections.setAll(loaded.connections());
            }
            AirbyteConnection after = before == null ? null
                    : connections.stream().filter(c -> c.id().equals(before.id())).findFirst().orElse(null);
            selected.set(after);
            if (after != null && after.equals(before)) {
                loadJobs();
            }
            status.set(loaded.connections().isEmpty() ? "No connections in Airbyte yet." : Plural.of(loaded.connections().size(), "connection") + ".");
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                status.set("");
                error.set(explain(e));
            }
        });
    }

    /** Polls while {@code inFront} (the tab is shown), stops when not. */
    public void pollWhile(boolean inFront) {
        if (inFront && ticks == null) {
            ticks = tasks.everyOnUi(POLL_INTERVAL, this::poll);
        } else if (!inFront && ticks != null) {
            ticks.cancel();
            ticks = null;
        }
    }

    /** A periodic look while the tab is in front: reads again unless a read is still under way. */
    public void poll() {
        if (!loading.get()) {
            refresh();
        }
    }

    /** The settings or password were saved: tells where the password is kept and reads everything again. */
    public void settingsSaved(String message) {
        notify.accept("Airbyte settings: " + message);
        refresh();
    }

    /** Starts a sync of the selected connection and opens its job's page (or the running job's, when one is under way). */
    public void syncNow() {
        AirbyteConnection connection = selected.get();
        Optional<AirbyteClient> api = endpoint.client();
        if (connection == null || api.isEmpty() || syncing.get()) {
            return;
        }
        AirbyteClient client = api.get();
        syncing.set(true);
        tasks.call(() -> new SyncJobs(client).sync(connection.id()), (SyncStart start) -> {
            syncing.set(false);
            long id = start.job().id();
            notify.accept(start.alreadyRunning() ? "A sync of " + connection.name() + " is already running: following job " + id + "."
                    : "Sync job " + id + " of " + connection.name() + " started.");
            show(pages.open(client, id, connection.name()));
            loadJobs();
        }, e -> {
            syncing.set(false);
            error.set(explain(e));
        });
    }

    /** Opens the page of one of the selected connection's jobs. */
    public void openJob(SyncJob job) {
        AirbyteConnection connection = selected.get();
        endpoint.client().ifPresent(client -> show(pages.open(client, job.id(),
                connection == null ? "connection " + job.connectionId() : connection.name())));
    }

    /** Shows the page; once its job ends, the connections and jobs are read again to show how it ended. */
    private void show(AirbyteJobViewModel page) {
        page.finishedProperty().addListener((o, was, done) -> {
            if (done) {
                refresh();
            }
        });
        openedJob.set(page);
    }

    /** Reads the selected connection's jobs again. */
    public void loadJobs() {
        AirbyteConnection connection = selected.get();
        Optional<AirbyteClient> api = endpoint.client();
        if (connection == null || api.isEmpty()) {
            jobs.clear();
            return;
        }
        tasks.call(() -> new SyncJobs(api.get()).history(connection.id(), JOB_HISTORY), list -> {
            if (selected.get() != null && selected.get().id().equals(connection.id())) {
                jobs.setAll(list);
            }
        }, e -> error.set(explain(e)));
    }

    /** The message of a failure, with what to do where the message alone does not say it. */
    static String explain(Exception e) {
        if (e instanceof AirbyteApiException a && a.kind() == AirbyteApiException.Kind.UNAUTHORIZED) {
            return a.getMessage() + " Use Credentials… to set them.";
        }
        return e.getMessage();
    }

    private record Loaded(boolean healthy, List<AirbyteConnection> connections, String version) {
    }

    public AirbyteEndpoint endpoint() {
        return endpoint;
    }

    public ObservableList<AirbyteConnection> shownConnections() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AirbyteConnection> selectedProperty() {
        return selected;
    }

    public ObservableList<SyncJob> jobs() {
        return jobs;
    }

    /** The version the server names, "unknown" when it names none, empty before the first read. */
    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the connections are read with none shown yet (not on a poll or refresh of those shown). */
    public ReadOnlyBooleanProperty firstReadProperty() {
        return firstRead.property();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    public ObjectProperty<AirbyteJobViewModel> openedJobProperty() {
        return openedJob;
    }
}
