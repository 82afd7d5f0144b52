package eltdeck.ui.env;

import eltdeck.env.Finding;
import eltdeck.env.Severity;
import eltdeck.env.Source;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** A finding of the live check, and whether the user overrides it (an overridden error no longer blocks saving). */
public final class EnvFindingRow {
    private final Finding finding;
    private final ReadOnlyBooleanWrapper overridden = new ReadOnlyBooleanWrapper(this, "overridden");

    EnvFindingRow(Finding finding, boolean overridden) {
        this.finding = finding;
        this.overridden.set(overridden);
    }

    public Finding finding() {
        return finding;
    }

    /** Stays the same while edits move the finding to another line: the rule and the message name the variable, not the line. */
    String key() {
        return finding.rule().id() + "\n" + finding.source() + "\n" + finding.message();
    }

    void setOverridden(boolean value) {
        overridden.set(value);
    }

    public ReadOnlyBooleanProperty overriddenProperty() {
        return overridden.getReadOnlyProperty();
    }

    public boolean isError() {
        return finding.severity() == Severity.ERROR;
    }

    /** An error the user has not overridden. */
    public boolean blocksSaving() {
        return isError() && !overridden.get();
    }

    /** Whether "Apply fix" can rewrite the line by itself. */
    public boolean hasMechanicalFix() {
        return finding.source() == Source.ENV && finding.fix().repair().isPresent();
    }

    /** "line 4", ".env.example line 7" or "docker-compose.yml line 12": where the finding points. */
    public String where() {
        return switch (finding.source()) {
            case ENV -> "line " + finding.line();
            case EXAMPLE -> ".env.example line " + finding.line();
            case COMPOSE -> "docker-compose.yml line " + finding.line();
        };
    }
}
