package eltdeck.ui.env;

import eltdeck.env.EnvChecker;
import eltdeck.env.EnvFile;
import eltdeck.env.Finding;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live findings on the {@code .env} being edited, errors first, with the errors the user chose to override:
 * kept across edits (by finding key) so that an override is not lost when the file changes, and counted into the
 * errors that block saving. UI thread only.
 */
final class EnvFindings {
    private final ObservableList<EnvFindingRow> rows = FXCollections.observableArrayList();
    private final Set<String> overrides = new HashSet<>();
    private final ReadOnlyIntegerWrapper blockingErrors = new ReadOnlyIntegerWrapper(this, "blockingErrors");

    /** Checks the file against the document's schema and compose file, keeping the overrides made so far. */
    void check(EnvFile file, EnvDocument document) {
        List<Finding> found = EnvChecker.check(file, document.schema(), document.composeFile()).findings();
        // Errors first: they are what stands between the user and a save.
        List<EnvFindingRow> shown = found.stream().sorted(Comparator.comparing(Finding::severity))
                .map(f -> new EnvFindingRow(f, false)).toList();
        shown.forEach(row -> row.setOverridden(overrides.contains(row.key())));
        rows.setAll(shown);
        countBlocking();
    }

    /** A newly read file starts without overrides. */
    void forgetOverrides() {
        overrides.clear();
    }

    /** Overrides an error (or takes the override back): an overridden error does not block saving. */
    void setOverridden(EnvFindingRow row, boolean value) {
        if (value) {
            overrides.add(row.key());
        } else {
            overrides.remove(row.key());
        }
        row.setOverridden(value);
        countBlocking();
    }

    /** The overridden errors a save would write anyway, as the save dialog lists them. */
    List<String> overriddenErrors() {
        return rows.stream().filter(f -> f.isError() && f.overriddenProperty().get())
                .map(f -> f.where() + ": " + f.finding().message()).toList();
    }

    /** What the status beside Save says: the errors that block it, else whether there is anything to save. */
    static String saveHint(int blockingErrors, boolean dirty) {
        int n = blockingErrors;
        if (n > 0) {
            return n + (n == 1 ? " error blocks" : " errors block") + " saving: fix or override " + (n == 1 ? "it" : "them") + ".";
        }
        return dirty ? "Unsaved changes." : "";
    }

    private void countBlocking() {
        blockingErrors.set((int) rows.stream().filter(EnvFindingRow::blocksSaving).count());
    }

    ObservableList<EnvFindingRow> rows() {
        return rows;
    }

    ReadOnlyIntegerProperty blockingErrorsProperty() {
        return blockingErrors.getReadOnlyProperty();
    }
}
