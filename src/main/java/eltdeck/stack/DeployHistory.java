package eltdeck.stack;

import eltdeck.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The local history of deploys, newest first. */
public final class DeployHistory {
    private final Database db;

    public DeployHistory(Database db) {
        this.db = db;
    }

    public void add(DeployRecord r) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO deploy_history (profile_name, commit_id, who, started_at,"
                     + " duration_ms, result, redeploy, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.profile());
            ps.setString(2, r.commit());
            ps.setString(3, r.who());
            ps.setString(4, r.startedAt().toString());
            ps.setLong(5, r.duration().toMillis());
            ps.setString(6, r.result());
            ps.setInt(7, r.redeploy() ? 1 : 0);
            ps.setString(8, r.message());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the deploy: " + e.getMessage(), e);
        }
    }

    public List<DeployRecord> list(String profile) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM deploy_history WHERE profile_name = ? ORDER BY id DESC")) {
            ps.setString(1, profile);
            List<DeployRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeployRecord(rs.getString("profile_name"), rs.getString("commit_id"), rs.getString("who"),
                            Instant.parse(rs.getString("started_at")), Duration.ofMillis(rs.getLong("duration_ms")),
                            rs.getString("result"), rs.getInt("redeploy") == 1, rs.getString("message")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the deploy history: " + e.getMessage(), e);
        }
    }

    /** The commit of the newest successful deploy: where "new commits" start. */
    public Optional<String> lastDeployedCommit(String profile) {
        return list(profile).stream().filter(DeployRecord::succeeded).map(DeployRecord::commit).findFirst();
    }
}
