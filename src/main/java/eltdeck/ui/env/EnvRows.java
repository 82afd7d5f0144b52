package eltdeck.ui.env;

import eltdeck.env.EnvEntry;
import eltdeck.env.EnvFile;
import eltdeck.env.EnvNames;
import eltdeck.env.EnvSchema;
import eltdeck.env.SchemaVariable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form's rows for a {@code .env}: one per variable in file order (the line compose uses, when a name is set twice),
 * and the {@code .env.example}'s variables the file lacks. Rows are kept across edits and only the list changes when
 * the names do, so a field being typed in is never rebuilt.
 */
final class EnvRows {
    private final ObservableList<EnvRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SchemaVariable> missing = FXCollections.observableArrayList();
    private final Map<String, EnvRow> byName = new HashMap<>();
    private EnvSchema schema = EnvSchema.EMPTY;

    /** Forgets every row: the next {@link #show} makes them anew for this schema. */
    void reset(EnvSchema next) {
        schema = next;
        byName.clear();
        rows.clear();
        missing.clear();
    }

    void show(EnvFile env) {
        // A line whose name compose would not accept is no variable to edit here; its finding points to the raw text.
        List<EnvEntry> entries = env.effectiveEntries().stream().filter(e -> EnvNames.isValid(e.name())).toList();
        List<EnvRow> next = entries.stream().map(entry -> {
            EnvRow row = byName.computeIfAbsent(entry.name(), this::newRow);
            row.show(entry.rawValue(), entry.line());
            return row;
        }).toList();
        byName.keySet().retainAll(next.stream().map(EnvRow::name).toList());
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
        List<SchemaVariable> lacking = schema.variables().stream().filter(v -> env.entry(v.name()).isEmpty()).toList();
        if (!lacking.equals(missing)) {
            missing.setAll(lacking);
        }
    }

    private EnvRow newRow(String name) {
        return schema.variable(name)
                .map(v -> new EnvRow(name, v.description(), v.required(), schema.isSecret(name)))
                .orElseGet(() -> new EnvRow(name, "", false, schema.isSecret(name)));
    }

    ObservableList<EnvRow> rows() {
        return rows;
    }

    ObservableList<SchemaVariable> missing() {
        return missing;
    }

    EnvRow row(String name) {
        return byName.get(name);
    }
}
