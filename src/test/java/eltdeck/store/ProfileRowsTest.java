package eltdeck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One row per profile in a real SQLite database: put replaces, remove forgets, failures say whose settings. */
class ProfileRowsTest {
    @TempDir
    Path dir;
    private Database db;
    private ProfileRows notes;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("deck.db"));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE profile_note (profile_name TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT)");
            s.execute("CREATE TABLE profile_flag (profile_name TEXT PRIMARY KEY)");
        }
        notes = new ProfileRows(db, "profile_note", "the notes");
    }

    @Test
    void putInsertsThenReplacesTheOneRowOfAProfile() {
        assertThat(notes.find("prod", "title", row -> row.getString(1))).isEmpty();
        assertThat(notes.put("prod", "title, body", "first", null)).isEqualTo(1);
        assertThat(notes.put("prod", "title, body", "second", "text")).isEqualTo(1);
        notes.put("dev", "title, body", "other", null);

        assertThat(notes.find("prod", "title, body", row -> row.getString("title") + "/" + row.getString("body")))
                .contains("second/text");
        assertThat(notes.find("dev", "body", row -> row.getString(1) == null)).as("a null value is stored as NULL").contains(true);
    }

    @Test
    void removeForgetsOnlyThatProfile() {
        notes.put("prod", "title", "a");
        notes.put("dev", "title", "b");
        notes.remove("prod");
        notes.remove("nobody");
        assertThat(notes.has("prod")).isFalse();
        assertThat(notes.has("dev")).isTrue();
    }

    @Test
    void aTableOfNamesOnlyTakesNoColumns() {
        ProfileRows flags = new ProfileRows(db, "profile_flag", "the flags");
        flags.put("prod", "");
        flags.put("prod", "");
        assertThat(flags.has("prod")).isTrue();
        flags.remove("prod");
        assertThat(flags.has("prod")).isFalse();
    }

    @Test
    void failuresSayWhatCouldNotBeReadOrSaved() {
        ProfileRows missing = new ProfileRows(db, "profile_missing", "the missing settings");
        assertThatThrownBy(() -> missing.has("prod")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot read the missing settings of prod: ");
        assertThatThrownBy(() -> notes.put("prod", "title", (String) null)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot save the notes of prod: ").hasMessageContaining("NOT NULL");
    }
}
