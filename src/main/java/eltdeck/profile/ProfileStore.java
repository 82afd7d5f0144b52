package eltdeck.profile;

import eltdeck.Face;
import eltdeck.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Profiles in the local database. Validates on every write; stores no secrets, but the keychain entries kept under a
 * profile's name (its git token, its Airbyte password) follow it when it is renamed and go when it is deleted.
 */
public final class ProfileStore {
    private final Database db;
    private final Secrets secrets;

    public ProfileStore(Database db) {
        this(db, Secrets.none());
    }

    public ProfileStore(Database db, Secrets secrets) {
        this.db = db;
        this.secrets = secrets;
    }

    public List<Profile> list() {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM profile ORDER BY name COLLATE NOCASE")) {
            List<Profile> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(c, rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read profiles", e);
        }
    }

    public Optional<Profile> find(String name) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM profile WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read profile " + name, e);
        }
    }

    public Profile get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "No profile named '" + name + "'. " + Face.hint("The profiles are listed on the left of the window.",
                        "See the names with: eltdeck profile list")));
    }

    public void add(Profile p) {
        ProfileValidator.check(p);
        if (find(p.name()).isPresent()) {
            throw new InvalidProfileException(List.of("A profile named '" + p.name() + "' exists already: choose another name or edit it."));
        }
        write(null, p);
    }

    /**
     * Adds each profile that is valid and whose name is free (an import): per profile, in order, why it was not
     * added, or an empty string when it was.
     */
    public Map<Profile, String> addEach(List<Profile> profiles) {
        Map<Profile, String> outcome = new LinkedHashMap<>();
        for (Profile p : profiles) {
            try {
                add(p);
                outcome.put(p, "");
            } catch (InvalidProfileException e) {
                outcome.put(p, String.join(" ", e.problems()));
            }
        }
        return outcome;
    }

    /** Replaces the profile stored as {@code oldName} (which may be renamed). */
    public void update(String oldName, Profile p) {
        ProfileValidator.check(p);
        get(oldName);
        if (!oldName.equals(p.name()) && find(p.name()).isPresent()) {
            throw new InvalidProfileException(List.of("A profile named '" + p.name() + "' exists already: choose another name."));
        }
        write(oldName, p);
        if (!oldName.equals(p.name())) {
            moveSecrets(oldName, p.name());
        }
    }

    /** Copies a profile under a new name that is not taken yet ("vm copy", "vm copy 2", ...). */
    public Profile duplicate(String name) {
        Profile source = get(name);
        String base = source.name() + "-copy";
        String candidate = base;
        for (int i = 2; find(candidate).isPresent(); i++) {
            candidate = base + i;
        }
        Profile copy = source.withName(candidate);
        add(copy);
        return copy;
    }

    public void remove(String name) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM profile WHERE name = ?")) {
            ps.setString(1, name);
            if (ps.executeUpdate() == 0) {
                throw new IllegalArgumentException("No profile named '" + name + "'.");
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot delete profile " + name, e);
        }
        secretAccounts(name).forEach(secrets::delete);
    }

    /** The keychain accounts named after a profile. */
    private static List<String> secretAccounts(String profile) {
        return List.of(GitTokens.account(profile), AirbytePasswords.account(profile));
    }

    private void moveSecrets(String oldName, String newName) {
        List<String> from = secretAccounts(oldName);
        List<String> to = secretAccounts(newName);
        for (int i = 0; i < from.size(); i++) {
            String target = to.get(i);
            String source = from.get(i);
            secrets.get(source).filter(secret -> secrets.put(target, secret)).ifPresent(moved -> secrets.delete(source));
        }
    }

    private void write(String oldName, Profile p) {
        String now = Instant.now().toString();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                if (oldName == null) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO profile (name, host, port, user_name, identity_file, use_agent,"
                            + " jump_user, jump_host, jump_port, known_hosts_file, keepalive_seconds, keepalive_misses, created_at, updated_at)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                        bindFields(ps, p);
                        ps.setString(13, now);
                        ps.setString(14, now);
                        ps.executeUpdate();
                    }
                } else {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE profile SET name=?, host=?, port=?, user_name=?, identity_file=?,"
                            + " use_agent=?, jump_user=?, jump_host=?, jump_port=?, known_hosts_file=?, keepalive_seconds=?,"
                            + " keepalive_misses=?, updated_at=? WHERE name=?")) {
                        bindFields(ps, p);
                        ps.setString(13, now);
                        ps.setString(14, oldName);
                        ps.executeUpdate();
                    }
                    try (PreparedStatement del = c.prepareStatement("DELETE FROM profile_tunnel WHERE profile_name = ?")) {
                        del.setString(1, p.name());
                        del.executeUpdate();
                    }
                }
                writeTunnels(c, p);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save profile " + p.name(), e);
        }
    }

    private static void bindFields(PreparedStatement ps, Profile p) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.host());
        ps.setInt(3, p.port());
        ps.setString(4, p.user());
        setNullable(ps, 5, p.identityFile() == null ? null : p.identityFile().toString());
        ps.setInt(6, p.useAgent() ? 1 : 0);
        setNullable(ps, 7, p.jump() == null ? null : p.jump().user());
        setNullable(ps, 8, p.jump() == null ? null : p.jump().host());
        if (p.jump() == null) {
            ps.setNull(9, Types.INTEGER);
        } else {
            ps.setInt(9, p.jump().port());
        }
        setNullable(ps, 10, p.knownHosts() == null ? null : p.knownHosts().toString());
        ps.setInt(11, p.keepAlive().intervalSeconds());
        ps.setInt(12, p.keepAlive().maxMisses());
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void writeTunnels(Connection c, Profile p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO profile_tunnel (profile_name, position, label, remote_port, local_port) VALUES (?,?,?,?,?)")) {
            int position = 0;
            for (TunnelSpec t : p.tunnels()) {
                ps.setString(1, p.name());
                ps.setInt(2, position++);
                ps.setString(3, t.label());
                ps.setInt(4, t.remotePort());
                ps.setInt(5, t.localPort());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Profile read(Connection c, ResultSet rs) throws SQLException {
        String name = rs.getString("name");
        String identity = rs.getString("identity_file");
        String jumpHost = rs.getString("jump_host");
        String knownHosts = rs.getString("known_hosts_file");
        JumpHost jump = jumpHost == null ? null : new JumpHost(rs.getString("jump_user"), jumpHost, rs.getInt("jump_port"));
        return new Profile(name, rs.getString("host"), rs.getInt("port"), rs.getString("user_name"),
                identity == null ? null : Path.of(identity), rs.getInt("use_agent") == 1, jump,
                knownHosts == null ? null : Path.of(knownHosts),
                new Profile.KeepAlive(rs.getInt("keepalive_seconds"), rs.getInt("keepalive_misses")),
                readTunnels(c, name));
    }

    private static List<TunnelSpec> readTunnels(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT label, remote_port, local_port FROM profile_tunnel WHERE profile_name = ? ORDER BY position")) {
            ps.setString(1, name);
            List<TunnelSpec> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TunnelSpec(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                }
            }
            return out;
        }
    }

    /** A database failure, said in words; the SQL detail stays in the cause. */
    public static final class StoreException extends RuntimeException {
        StoreException(String message, Throwable cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}
