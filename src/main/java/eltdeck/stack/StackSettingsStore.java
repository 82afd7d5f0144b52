package eltdeck.stack;

import eltdeck.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Each profile's {@link StackSettings}, in the table beside the profile's own. */
public final class StackSettingsStore {
    private final Database db;

    public StackSettingsStore(Database db) {
        this.db = db;
    }

    public Optional<StackSettings> find(String profile) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM profile_stack WHERE profile_name = ?")) {
            ps.setString(1, profile);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StackSettings(rs.getString("repository"), rs.getString("branch"),
                        rs.getString("remote_dir"), rs.getString("compose_dir"), rs.getString("agent_service"),
                        rs.getString("flows_dir"), rs.getString("dbt_dir"), rs.getString("dbt_container_dir")))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the stack settings of " + profile + ": " + e.getMessage(), e);
        }
    }

    public StackSettings get(String profile) {
        return find(profile).orElseThrow(() -> new IllegalArgumentException("Profile '" + profile
                + "' has no repository yet. Set one with: eltdeck stack config " + profile + " --repo ORG/NAME"));
    }

    /** Inserts or replaces; the profile must exist. */
    public void save(String profile, StackSettings s) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO profile_stack (profile_name, repository,"
                     + " branch, remote_dir, compose_dir, agent_service, flows_dir, dbt_dir, dbt_container_dir)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, profile);
            ps.setString(2, s.repository());
            ps.setString(3, s.branch());
            ps.setString(4, s.remoteDir());
            ps.setString(5, s.composeDir());
            ps.setString(6, s.agentService());
            ps.setString(7, s.flowsDir());
            ps.setString(8, s.dbtDir());
            ps.setString(9, s.dbtContainerDir());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the stack settings of " + profile + ": " + e.getMessage(), e);
        }
    }
}
