package eltdeck.ui.env;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One variable of the {@code .env} form: its name, its value as written, and what the {@code .env.example} says of it.
 * The row stays the same object while its value changes, so a field being typed in keeps its focus.
 */
public final class EnvRow {
    private final String name;
    private final String description;
    private final boolean required;
    private final boolean secret;
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyIntegerWrapper line = new ReadOnlyIntegerWrapper(this, "line");
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");

    EnvRow(String name, String description, boolean required, boolean secret) {
        this.name = name;
        this.description = description;
        this.required = required;
        this.secret = secret;
    }

    void show(String rawValue, int lineNumber) {
        value.set(rawValue);
        line.set(lineNumber);
    }

    public String name() {
        return name;
    }

    /** From the comments above it in {@code .env.example}; empty when it has none. */
    public String description() {
        return description;
    }

    public boolean required() {
        return required;
    }

    /** Marked secret in {@code .env.example}, or named like a secret: its value is masked unless revealed. */
    public boolean secret() {
        return secret;
    }

    /** Everything after the {@code =}, as written. */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The 1-based line that sets it (the last one, when several do). */
    public ReadOnlyIntegerProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** This row's own reveal toggle. */
    public BooleanProperty revealedProperty() {
        return revealed;
    }

    @Override
    public String toString() {
        return "EnvRow[" + name + "]";
    }
}
