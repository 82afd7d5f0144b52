package eltdeck.ui.profile;

import eltdeck.profile.Profile;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A host found in the SSH config: the profile it would become, whether to import it, and why not. */
public final class ImportCandidate {
    private final Profile profile;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    ImportCandidate(Profile profile, boolean exists) {
        this.profile = profile;
        selected.set(!exists);
        note.set(exists ? "A profile of this name exists already." : "");
    }

    public Profile profile() {
        return profile;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
