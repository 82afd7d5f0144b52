package eltdeck.prefect;

import eltdeck.store.Database;
import eltdeck.store.ProfileRows;
import java.net.URI;
import java.util.Optional;

/**
 * Each profile's Prefect API URL when it is set by hand instead of found through the profile's 4200 tunnel, and whether
 * its user wants to be told of every run that fails.
 */
public final class PrefectSettingsStore {
    private static final String WHAT = "the Prefect settings";
    private final ProfileRows apiUrls;
    private final ProfileRows failedRunAlerts;

    public PrefectSettingsStore(Database db) {
        this.apiUrls = new ProfileRows(db, "profile_prefect", WHAT);
        this.failedRunAlerts = new ProfileRows(db, "profile_failed_run_alert", WHAT);
    }

    public Optional<URI> apiUrl(String profile) {
        return apiUrls.find(profile, "api_url", row -> URI.create(row.getString(1)));
    }

    /** Sets the URL (the profile must exist), or with {@code url} empty goes back to the tunnel. */
    public void setApiUrl(String profile, Optional<URI> url) {
        if (url.isPresent()) {
            apiUrls.put(profile, "api_url", url.get().toString());
        } else {
            apiUrls.remove(profile);
        }
    }

    /** Whether the profile's user asked to be told of every run that fails. */
    public boolean alertsFailedRuns(String profile) {
        return failedRunAlerts.has(profile);
    }

    /** Remembers the choice (the profile must exist). */
    public void setAlertsFailedRuns(String profile, boolean on) {
        if (on) {
            failedRunAlerts.put(profile, "");
        } else {
            failedRunAlerts.remove(profile);
        }
    }
}
