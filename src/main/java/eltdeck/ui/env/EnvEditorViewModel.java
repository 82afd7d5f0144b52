package eltdeck.ui.env;

import eltdeck.Plural;
import eltdeck.env.EnvEntry;
import eltdeck.env.EnvFile;
import eltdeck.env.EnvMask;
import eltdeck.env.EnvParser;
import eltdeck.env.EnvSchema;
import eltdeck.env.EnvText;
import eltdeck.env.MaskedEnvDiff;
import eltdeck.env.SchemaVariable;
import eltdeck.profile.Profile;
import eltdeck.stack.RemoteFiles;
import eltdeck.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;

/**
 * The {@code .env} editor of one profile: the file read from the VM, the user's edits to it (form and raw text are two
 * views of one {@link EnvFile}), the live findings with the user's overrides, and the save that writes it back only if
 * the VM still has the file that was read. The findings and their overrides are {@link EnvFindings}; the read or write
 * under way is {@link EnvTransfer}. Loading and saving run in the background; otherwise used on the UI thread.
 * Secret values stay in memory: they go into no message, log or exception of this class.
 */
public final class EnvEditorViewModel {
    private final Supplier<Profile> profile;
    private final EnvAccess access;
    private final TaskRunner tasks;
    private final EnvRows rows = new EnvRows();
    private final EnvFindings findings = new EnvFindings();
    private final ReadOnlyBooleanWrapper configured = new ReadOnlyBooleanWrapper(this, "configured");
    private final EnvTransfer transfer;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyIntegerProperty blockingErrors = findings.blockingErrorsProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper rawText = new ReadOnlyStringWrapper(this, "rawText", "");
    private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper(this, "path", "");
    private final EnvSelection selection = new EnvSelection();
    private final ReadOnlyObjectWrapper<List<String>> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final BooleanProperty revealAll = new SimpleBooleanProperty(this, "revealAll");
    // Built in the constructor after the transfer whose flags they watch, in this order: listeners run in the order added.
    private final BooleanBinding busy;
    private final BooleanBinding firstRead;
    private final BooleanBinding editable;
    private final BooleanBinding canSave;
    private final StringBinding saveHint;
    private EnvDocument document;
    private EnvSchema schema = EnvSchema.EMPTY;
    private EnvFile file = EnvParser.parse("");
    private String baseline = "";
    private boolean triedFirstLoad;

    public EnvEditorViewModel(Supplier<Profile> profile, EnvAccess access, TaskRunner tasks) {
        this.profile = profile;
        this.access = access;
        this.tasks = tasks;
        transfer = new EnvTransfer(tasks);
        busy = transfer.loadingProperty().or(transfer.savingProperty());
        editable = loaded.and(busy.not());
        firstRead = transfer.loadingProperty().and(loaded.not());
        canSave = editable.and(dirty).and(blockingErrors.isEqualTo(0));
        saveHint = Bindings.createStringBinding(() -> EnvFindings.saveHint(blockingErrors.get(), dirty.get()), blockingErrors, dirty);
        revealAll.addListener(o -> showRawText());
    }

    /** The tab was shown: reads whether the profile has stack settings, and loads the file the first time it can. */
    public void opened() {
        String name = profile.get().name();
        tasks.call(() -> access.configured(name), yes -> {
            configured.set(yes);
            if (yes && !triedFirstLoad && !loaded.get() && !busy.get()) {
                load();
            }
        }, e -> configured.set(false));
    }

    /** Reads the file from the VM, dropping every unsaved edit (the view asks first when there are some). */
    public void load() {
        if (busy.get()) {
            return;
        }
        triedFirstLoad = true;
        EnvAccess.Call<EnvDocument> call = access.load(profile.get());
        transfer.load(call, () -> {
            problem.set("");
            status.set("Reading the .env of " + profile.get().name() + " from the VM…");
        }, this::show, e -> {
            status.set(loaded.get() ? "Showing the file as loaded before." : "");
            problem.set("Could not read the .env: " + e.getMessage());
        });
    }

    /** Stops a load under way; what was shown before stays. */
    public void cancelLoad() {
        transfer.cancelLoad(() -> status.set("Loading cancelled." + (loaded.get() ? " Showing the file as loaded before." : "")));
    }

    private void show(EnvDocument doc) {
        document = doc;
        schema = doc.schema().orElse(EnvSchema.EMPTY);
        baseline = doc.vmText();
        findings.forgetOverrides();
        conflict.set(null);
        selection.clear();
        rows.reset(schema);
        path.set(doc.path());
        loaded.set(true);
        setFile(EnvParser.parse(doc.startText()));
        if (doc.env().isPresent()) {
            status.set("Loaded " + doc.path() + ": " + Plural.of(rows.rows().size(), "variable") + ".");
        } else if (doc.example().isPresent()) {
            status.set("There is no .env on the VM yet: this starts from the repository's .env.example."
                    + " Fill it in and save to create " + doc.path() + ".");
        } else {
            status.set("There is no .env on the VM and no .env.example in the repository: this starts from an empty file."
                    + " Save creates " + doc.path() + ".");
        }
    }

    /** The one place the file changes: form, raw text and findings follow it. */
    private void setFile(EnvFile next) {
        file = next;
        rows.show(next);
        findings.check(next, document);
        dirty.set(!next.render().equals(baseline));
        showRawText();
    }

    private void showRawText() {
        rawText.set(revealAll.get() ? file.render() : EnvMask.text(file, schema));
    }

    /** Sets the row's value: only its own line changes. */
    public void setValue(EnvRow row, String value) {
        if (!editable.get() || value.equals(row.valueProperty().get())) {
            return;
        }
        edit(() -> file.set(row.name(), value));
    }

    /** Adds {@code NAME=} at the end; false (and a problem saying why) when the name is not valid or already set. */
    public boolean addVariable(String name) {
        String trimmed = name.strip();
        if (!editable.get()) {
            return false;
        }
        if (file.entry(trimmed).isPresent()) {
            problem.set(trimmed + " is already in the file: edit its row.");
            selection.row(rows.row(trimmed));
            return false;
        }
        return edit(() -> file.set(trimmed, ""));
    }

    /** Adds a variable the {@code .env.example} lists: with its example value, unless it is secret. */
    public void addMissing(SchemaVariable variable) {
        String example = document.example().map(e -> EnvParser.parse(e.text()).entry(variable.name()))
                .flatMap(entry -> entry.map(EnvEntry::rawValue)).orElse("");
        if (editable.get() && edit(() -> file.set(variable.name(), variable.secret() ? "" : example))) {
            selection.row(rows.row(variable.name()));
        }
    }

    public void remove(EnvRow row) {
        if (editable.get()) {
            edit(() -> file.remove(row.name()));
        }
    }

    /** The raw text as typed; only taken while secrets are shown, since the masked text is not the file. */
    public void editRaw(String text) {
        if (editable.get() && revealAll.get() && !text.equals(file.render())) {
            edit(() -> EnvParser.parse(text));
        }
    }

    private boolean edit(Supplier<EnvFile> change) {
        try {
            EnvFile next = change.get();
            problem.set("");
            // "Loaded …" or "Saved …" is about the file before this edit: the save hint says where it stands now.
            status.set("");
            setFile(next);
            return true;
        } catch (IllegalArgumentException e) {
            // EnvFile's messages name the variable, never the value.
            problem.set(e.getMessage());
            return false;
        }
    }

    /** Points the form and the raw text at the finding's line (or, for a variable the file lacks, at nothing). */
    public void select(EnvFindingRow row) {
        selection.finding(row.finding(), file, rows);
    }

    public void applyFix(EnvFindingRow row) {
        if (editable.get()) {
            row.finding().applyTo(file).ifPresent(fixed -> edit(() -> fixed));
        }
    }

    /** Overrides an error (or takes the override back): an overridden error does not block saving. */
    public void setOverridden(EnvFindingRow row, boolean value) {
        findings.setOverridden(row, value);
    }

    /** What a save would change on the VM, line by line, secret values masked. */
    public List<String> pendingChanges() {
        return MaskedEnvDiff.lines(baseline, file.render(), schema);
    }

    /** The overridden errors a save would write anyway, as the save dialog lists them. */
    public List<String> overriddenErrors() {
        return findings.overriddenErrors();
    }

    /** Writes the file (the user has reviewed the changes); refused when the VM's file is no longer the one loaded. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        String text = file.render();
        EnvAccess.Call<EnvAccess.SaveOutcome> call = access.save(profile.get(), document, EnvText.of(text));
        transfer.save(call, () -> {
            problem.set("");
            status.set("Saving " + document.path() + " on the VM…");
        }, outcome -> saved(outcome, text), e -> {
            status.set("");
            problem.set(e instanceof CancellationException ? "Saving was cancelled." : "Not saved: " + e.getMessage());
        });
    }

    private void saved(EnvAccess.SaveOutcome outcome, String text) {
        if (outcome instanceof EnvAccess.SaveOutcome.Saved saved) {
            boolean hadFile = document.env().isPresent();
            document = document.saved(saved.written());
            baseline = text;
            dirty.set(!file.render().equals(baseline));
            status.set("Saved " + document.path() + " (mode 0600"
                    + (hadFile ? "; the previous version is kept beside it as .env.bak-TIME)." : ")."));
        } else if (outcome instanceof EnvAccess.SaveOutcome.ChangedOnVm changed) {
            String now = changed.onVm().map(RemoteFiles.Snapshot::text).orElse("");
            conflict.set(MaskedEnvDiff.lines(baseline, now, schema));
            status.set("");
            problem.set("Not saved: " + document.path() + " changed on the VM since it was loaded."
                    + " Reload it to see the new version; your edits stay here until you do.");
        }
    }

    /** The conflict was shown; the user keeps editing (or reloads). */
    public void dismissConflict() {
        conflict.set(null);
    }

    /** What to do first: the Deploy tab's Stack settings. */
    public String settingsHint() {
        return "No stack settings yet, so there is no .env to edit. Set the repository with Stack settings… in the Deploy tab.";
    }

    public ObservableList<EnvRow> rows() {
        return rows.rows();
    }

    /** Variables {@code .env.example} lists that the file does not set. */
    public ObservableList<SchemaVariable> missing() {
        return rows.missing();
    }

    public ObservableList<EnvFindingRow> findings() {
        return findings.rows();
    }

    /** The file as it stands, edits included. */
    public EnvFile file() {
        return file;
    }

    public Optional<EnvDocument> document() {
        return Optional.ofNullable(document);
    }

    public ReadOnlyBooleanProperty configuredProperty() {
        return configured.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return transfer.loadingProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return transfer.savingProperty();
    }

    /** A file (or its starting point) has been read: the form and raw text show it. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    /** Reading with no file shown yet (not a reload over a file shown). */
    public BooleanBinding firstReadProperty() {
        return firstRead;
    }

    /** Loaded and not busy: edits are taken. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    /** The file differs from what the VM has (or the VM has none). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Errors the user has not overridden; saving waits until there are none. */
    public ReadOnlyIntegerProperty blockingErrorsProperty() {
        return blockingErrors;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** What is going on, or what happened last. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What went wrong last, and what to do; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The whole file as the raw view shows it: secret values masked unless every secret is revealed. */
    public ReadOnlyStringProperty rawTextProperty() {
        return rawText.getReadOnlyProperty();
    }

    /** The file's path on the VM, once loaded. */
    public ReadOnlyStringProperty pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** Shows every secret value in the form and in the raw text; the raw text can be edited only then. */
    public BooleanProperty revealAllProperty() {
        return revealAll;
    }

    public ReadOnlyObjectProperty<EnvRow> selectedRowProperty() {
        return selection.rowProperty();
    }

    /** The 1-based line the selected finding points to; 0 for none. */
    public ReadOnlyIntegerProperty selectedLineProperty() {
        return selection.lineProperty();
    }

    /** After a refused save: what changed on the VM since the load (masked); null otherwise. */
    public ReadOnlyObjectProperty<List<String>> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** "2 errors block saving" and the like, for the status beside Save. */
    public StringBinding saveHintProperty() {
        return saveHint;
    }
}
