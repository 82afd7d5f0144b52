package eltdeck.prefect;

import eltdeck.store.Database;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Each profile's Prefect API URL when it is set by hand instead of found through the profile's 4200 tunnel, and whether
 * its user wants to be told of every run that fails.
 */
public final class PrefectSettingsStore {
    private final Database db;

    public PrefectSettingsStore(Database db) {
        this.db = db;
    }

    public Optional<URI> apiUrl(String profile) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT api_url FROM profile_prefect WHERE profile_name = ?")) {
            ps.setString(1, profile);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(URI.create(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the Prefect settings of " + profile + ": " + e.getMessage(), e);
        }
    }

    /** Sets the URL (the profile must exist), or with {@code url} empty goes back to the tunnel. */
    public void setApiUrl(String profile, Optional<URI> url) {
        String sql = url.isPresent() ? "INSERT OR REPLACE INTO profile_prefect (profile_name, api_url) VALUES (?, ?)"
                : "DELETE FROM profile_prefect WHERE profile_name = ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, profile);
            if (url.isPresent()) {
                ps.setString(2, url.get().toString());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the Prefect settings of " + profile + ": " + e.getMessage(), e);
        }
    }

    /** Whether the profile's user asked to be told of every run that fails. */
    public boolean alertsFailedRuns(String profile) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM profile_failed_run_alert WHERE profile_name = ?")) {
            ps.setString(1, profile);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the Prefect settings of " + profile + ": " + e.getMessage(), e);
        }
    }

    /** Remembers the choice (the profile must exist). */
    public void setAlertsFailedRuns(String profile, boolean on) {
        String sql = on ? "INSERT OR IGNORE INTO profile_failed_run_alert (profile_name) VALUES (?)"
                : "DELETE FROM profile_failed_run_alert WHERE profile_name = ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, profile);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the Prefect settings of " + profile + ": " + e.getMessage(), e);
        }
    }
}
