package eltdeck.ui.dbt;

import eltdeck.Plural;
import eltdeck.dbt.DbtGraph;
import eltdeck.dbt.DbtNode;
import eltdeck.dbt.DbtState;
import eltdeck.dbt.Finding;
import eltdeck.dbt.NodeResult;
import eltdeck.dbt.NodeType;
import eltdeck.logs.SourceLine;
import eltdeck.profile.Profile;
import eltdeck.stack.DbtRunner;
import eltdeck.ui.common.FirstRead;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.logs.LogViewModel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The dbt tab: the project read from the VM (graph, list, findings), the node selected, and runs of dbt with their
 * output in a log view and dbt's exit code explained. UI thread only; the VM is reached through {@link DbtAccess}.
 */
public final class DbtViewModel {
    /** What a node is coloured by. */
    public enum Shade {
        PASSED, WARNED, FAILED, SKIPPED, NEVER_RUN;

        /** "dbt-passed", "dbt-warned", "dbt-failed", "dbt-skipped", "dbt-never-run". */
        public String styleClass() {
            return "dbt-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Shade of(Optional<NodeResult.Outcome> outcome) {
            return outcome.map(o -> switch (o) {
                case PASSED -> PASSED;
                case WARNED -> WARNED;
                case FAILED -> FAILED;
                case SKIPPED -> SKIPPED;
                case OTHER -> NEVER_RUN;
            }).orElse(NEVER_RUN);
        }
    }

    /** A model, source, seed or snapshot as the list shows it. */
    public record NodeRow(String id, String label, NodeType type, List<String> tags, Shade shade, String status) {
        boolean matches(String query) {
            String q = query.strip().toLowerCase(Locale.ROOT);
            if (q.isEmpty()) {
                return true;
            }
            if (q.startsWith("tag:")) {
                return tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(q.substring(4)));
            }
            return label.toLowerCase(Locale.ROOT).contains(q) || status.equals(q)
                    || tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(q));
        }
    }

    private final Supplier<Profile> profile;
    private final DbtAccess access;
    private final TaskRunner tasks;
    private final LogViewModel output;
    private final ReadOnlyObjectWrapper<DbtState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ObservableList<NodeRow> rows = FXCollections.observableArrayList();
    private final FilteredList<NodeRow> shownRows = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty(this, "selected");
    private final ObjectProperty<DbtRunner.Command> command = new SimpleObjectProperty<>(this, "command", DbtRunner.Command.BUILD);
    private final StringProperty selection = new SimpleStringProperty(this, "selection", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final FirstRead firstRead = new FirstRead(loading);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private volatile Runnable cancelRun;

    public DbtViewModel(Supplier<Profile> profile, DbtAccess access, LogViewModel output, TaskRunner tasks) {
        this.profile = profile;
        this.access = access;
        this.output = output;
        this.tasks = tasks;
        search.addListener((o, was, now) -> shownRows.setPredicate(r -> r.matches(now)));
    }

    /** Reads the project from the VM again (nothing while a run is under way: it re-reads when done). */
    public void load() {
        if (running.get() || loading.get()) {
            return;
        }
        loading.set(true);
        status.set("Reading the dbt project on the VM…");
        Profile p = profile.get();
        tasks.call(() -> access.read(p), read -> {
            loading.set(false);
            show(read);
        }, e -> {
            loading.set(false);
            status.set("Could not read the dbt project: " + e.getMessage());
        });
    }

    /** Runs the chosen command with the selection; its output goes to {@link #output()}. */
    public void run() {
        List<String> selectors;
        try {
            selectors = DbtRunner.selectors(selection.get());
        } catch (IllegalArgumentException e) {
            outcome.set(e.getMessage());
            return;
        }
        if (running.get()) {
            return;
        }
        Profile p = profile.get();
        DbtRunner.Command cmd = command.get();
        String line = "dbt " + cmd.word() + (selectors.isEmpty() ? "" : " --select " + String.join(" ", selectors));
        output.clear();
        running.set(true);
        outcome.set("");
        status.set("Running " + line + " in the agent's container…");
        tasks.call(() -> access.run(p, cmd, String.join(" ", selectors),
                text -> output.sink().accept("dbt", List.of(new SourceLine(Instant.now(), text))), c -> cancelRun = c), done -> {
            finishRun();
            outcome.set(done.explanation());
            if (!done.fresh()) {
                status.set(line + ": dbt wrote no new results.");
            }
            DbtState current = state.get();
            if (current != null) {
                show(current.withResults(done.fresh() ? done.results() : Optional.empty()));
            }
        }, e -> {
            finishRun();
            outcome.set(e instanceof CancellationException ? e.getMessage() : "The run failed: " + e.getMessage());
        });
    }

    /** Interrupts the run in the agent's container. */
    public void cancel() {
        Runnable c = cancelRun;
        if (running.get() && c != null) {
            status.set("Cancelling…");
            tasks.run(c::run, () -> { }, e -> status.set("Could not cancel: " + e.getMessage()));
        }
    }

    /** What interrupts the run under way, for the app's exit; it blocks, so run it off the FX thread. */
    public Optional<Runnable> runToStop() {
        return running.get() ? Optional.ofNullable(cancelRun) : Optional.empty();
    }

    private void finishRun() {
        running.set(false);
        cancelRun = null;
    }

    private void show(DbtState read) {
        state.set(read);
        rows.setAll(read.project().nodes().values().stream().filter(n -> n.type() != NodeType.TEST)
                .map(n -> row(read, n)).toList());
        findings.setAll(read.findings());
        long errors = read.errorCount();
        status.set(Plural.of(read.project().ofType(NodeType.MODEL).size(), "model") + ", "
                + Plural.of(read.project().ofType(NodeType.SOURCE).size(), "source") + " · " + (read.findings().isEmpty()
                ? "checks passed" : Plural.of(errors, "error") + ", " + Plural.of(read.findings().size() - errors, "warning")) + " · " + read.results().map(r -> "last run: "
                + (r.command() == null ? "dbt" : r.command()) + (r.generatedAt() == null ? "" : " at " + r.generatedAt())
                + " (" + r.summaryLine() + ")" + (r.knownVersion() ? "" : "; " + r.versionNote())).orElse("never run"));
        if (selected.get() != null && !read.project().nodes().containsKey(selected.get())) {
            selected.set(null);
        }
    }

    private static NodeRow row(DbtState read, DbtNode n) {
        Optional<NodeResult.Outcome> last = read.outcomeOf(n.uniqueId());
        String text = read.resultOf(n.uniqueId()).map(NodeResult::status)
                .orElse(last.map(o -> o.name().toLowerCase(Locale.ROOT)).orElse("never run"));
        return new NodeRow(n.uniqueId(), n.label(), n.type(), n.tags(), Shade.of(last), text);
    }

    public Shade shade(String id) {
        DbtState s = state.get();
        return s == null ? Shade.NEVER_RUN : Shade.of(s.outcomeOf(id));
    }

    /** The graph of models, sources, seeds and snapshots (tests are shown in the detail); empty before the first read. */
    public Optional<DbtGraph> graph() {
        return Optional.ofNullable(state.get()).map(s -> DbtGraph.of(s.project(), false));
    }

    public LogViewModel output() {
        return output;
    }

    public ReadOnlyObjectProperty<DbtState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<NodeRow> shownRows() {
        return shownRows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The unique id of the node selected in the list or the graph. */
    public StringProperty selectedProperty() {
        return selected;
    }

    public ObjectProperty<DbtRunner.Command> commandProperty() {
        return command;
    }

    public StringProperty selectionProperty() {
        return selection;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the project is read with nothing shown yet (not on a read again of a project shown). */
    public ReadOnlyBooleanProperty firstReadProperty() {
        return firstRead.property();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last run's exit code explained, or why it did not run. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
