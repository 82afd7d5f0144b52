package eltdeck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Optional;

/**
 * A table of at most one row per profile, keyed by {@code profile_name} (a feature's settings of a profile): read the
 * row, put it (insert or replace) and remove it. A failure says whose {@code what} could not be read or saved.
 * Table and column names come from the code that owns the table, never from input.
 */
public final class ProfileRows {
    private final Database db;
    private final String table;
    private final String what;

    /** @param what what the rows hold, for errors ("the Prefect settings") */
    public ProfileRows(Database db, String table, String what) {
        this.db = db;
        this.table = table;
        this.what = what;
    }

    /** Reads a row's columns into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The profile's row, {@code columns} of it ("api_url" or "route, url") read by {@code reader}; empty without one. */
    public <T> Optional<T> find(String profile, String columns, RowReader<T> reader) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM " + table + " WHERE profile_name = ?")) {
            ps.setString(1, profile);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + what + " of " + profile + ": " + e.getMessage(), e);
        }
    }

    /** Whether the profile has a row. */
    public boolean has(String profile) {
        return find(profile, "1", row -> true).isPresent();
    }

    /**
     * Inserts or replaces the profile's row: {@code columns} ("route, url, username"; none for a table of names only)
     * take {@code values} in order. The profile must exist. Returns how many rows were written.
     */
    public int put(String profile, String columns, String... values) {
        String names = columns.isEmpty() ? "profile_name" : "profile_name, " + columns;
        String marks = String.join(", ", Collections.nCopies(values.length + 1, "?"));
        return update("INSERT OR REPLACE INTO " + table + " (" + names + ") VALUES (" + marks + ")", profile, values);
    }

    /** Removes the profile's row, if it has one. */
    public void remove(String profile) {
        update("DELETE FROM " + table + " WHERE profile_name = ?", profile);
    }

    private int update(String sql, String profile, String... values) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, profile);
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 2, values[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save " + what + " of " + profile + ": " + e.getMessage(), e);
        }
    }
}
