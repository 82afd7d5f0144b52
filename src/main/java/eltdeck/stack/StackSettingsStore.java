package eltdeck.stack;

import eltdeck.store.Database;
import eltdeck.store.ProfileRows;
import java.util.Optional;

/** Each profile's {@link StackSettings}, in the table beside the profile's own. */
public final class StackSettingsStore {
    private static final String COLUMNS = "repository, branch, remote_dir, compose_dir, agent_service, flows_dir, dbt_dir,"
            + " dbt_container_dir";
    private final ProfileRows rows;

    public StackSettingsStore(Database db) {
        this.rows = new ProfileRows(db, "profile_stack", "the stack settings");
    }

    public Optional<StackSettings> find(String profile) {
        return rows.find(profile, COLUMNS, rs -> new StackSettings(rs.getString("repository"), rs.getString("branch"),
                rs.getString("remote_dir"), rs.getString("compose_dir"), rs.getString("agent_service"),
                rs.getString("flows_dir"), rs.getString("dbt_dir"), rs.getString("dbt_container_dir")));
    }

    public StackSettings get(String profile) {
        return find(profile).orElseThrow(() -> new IllegalArgumentException("Profile '" + profile
                + "' has no repository yet. Set one with: eltdeck stack config " + profile + " --repo ORG/NAME"));
    }

    /** Inserts or replaces; the profile must exist. */
    public void save(String profile, StackSettings s) {
        rows.put(profile, COLUMNS, s.repository(), s.branch(), s.remoteDir(), s.composeDir(), s.agentService(),
                s.flowsDir(), s.dbtDir(), s.dbtContainerDir());
    }
}
