package eltdeck.airbyte;

import eltdeck.store.Database;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Each profile's Airbyte API route and username; the default when none is stored. Never a password. */
public final class AirbyteSettingsStore {
    private final Database db;

    public AirbyteSettingsStore(Database db) {
        this.db = db;
    }

    public AirbyteSettings get(String profile) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT route, url, username FROM profile_airbyte WHERE profile_name = ?")) {
            ps.setString(1, profile);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return AirbyteSettings.DEFAULT;
                }
                String url = rs.getString(2);
                return new AirbyteSettings(AirbyteRoute.valueOf(rs.getString(1)), url == null ? null : URI.create(url), rs.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the Airbyte settings of " + profile + ": " + e.getMessage(), e);
        }
    }

    /** Stores the settings of an existing profile. */
    public void set(String profile, AirbyteSettings settings) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO profile_airbyte (profile_name, route, url, username) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, profile);
            ps.setString(2, settings.route().name());
            ps.setString(3, settings.url() == null ? null : settings.url().toString());
            ps.setString(4, settings.username());
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("No profile " + profile + " to store Airbyte settings for.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the Airbyte settings of " + profile + ": " + e.getMessage(), e);
        }
    }
}
