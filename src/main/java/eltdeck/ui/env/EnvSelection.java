package eltdeck.ui.env;

import eltdeck.env.EnvFile;
import eltdeck.env.EnvLine;
import eltdeck.env.EnvNames;
import eltdeck.env.Finding;
import eltdeck.env.Source;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the .env editor points at: the form's row and the raw text's line of a chosen finding, or a variable just
 * added. Kept apart so the editor's view model holds the file and its transfers only. UI thread only.
 */
final class EnvSelection {
    private final ReadOnlyObjectWrapper<EnvRow> row = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final ReadOnlyIntegerWrapper line = new ReadOnlyIntegerWrapper(this, "selectedLine");

    /** Nothing chosen: a new file is shown. */
    void clear() {
        row.set(null);
        line.set(0);
    }

    /** The form's row of a variable (just added); the raw text's line stays. */
    void row(EnvRow chosen) {
        row.set(chosen);
    }

    /** Points at the finding's line in {@code file}, or at nothing for a variable the file lacks. */
    void finding(Finding f, EnvFile file, EnvRows rows) {
        if (f.source() != Source.ENV || f.line() > file.lines().size()) {
            line.set(0);
            row.set(null);
            return;
        }
        EnvLine at = file.line(f.line());
        row.set(at.isEntry() && EnvNames.isValid(at.name()) ? rows.row(at.name()) : null);
        line.set(f.line());
    }

    ReadOnlyObjectProperty<EnvRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty lineProperty() {
        return line.getReadOnlyProperty();
    }
}
