package eltdeck.airbyte;

import eltdeck.store.Database;
import eltdeck.store.ProfileRows;
import java.net.URI;

/** Each profile's Airbyte API route and username; the default when none is stored. Never a password. */
public final class AirbyteSettingsStore {
    private final ProfileRows rows;

    public AirbyteSettingsStore(Database db) {
        this.rows = new ProfileRows(db, "profile_airbyte", "the Airbyte settings");
    }

    public AirbyteSettings get(String profile) {
        return rows.find(profile, "route, url, username", rs -> {
            String url = rs.getString(2);
            return new AirbyteSettings(AirbyteRoute.valueOf(rs.getString(1)), url == null ? null : URI.create(url), rs.getString(3));
        }).orElse(AirbyteSettings.DEFAULT);
    }

    /** Stores the settings of an existing profile. */
    public void set(String profile, AirbyteSettings settings) {
        int written = rows.put(profile, "route, url, username", settings.route().name(),
                settings.url() == null ? null : settings.url().toString(), settings.username());
        if (written != 1) {
            throw new IllegalStateException("No profile " + profile + " to store Airbyte settings for.");
        }
    }
}
