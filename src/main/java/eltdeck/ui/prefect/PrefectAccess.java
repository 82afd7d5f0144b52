package eltdeck.ui.prefect;

import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectSettingsStore;
import eltdeck.profile.Profile;
import eltdeck.reach.ServiceResolver;
import eltdeck.stack.FlowRegistration;
import eltdeck.stack.StackSession;
import eltdeck.store.Database;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the flows view needs beyond the Prefect API: the profile's stored API URL, and the VM for registering flows
 * (over the link the resolver gives, as the CLI's {@code eltdeck flows register} does). All calls block: background only.
 */
public interface PrefectAccess {
    /** The URL set by hand for this profile, if any. */
    Optional<URI> apiUrl(String profile) throws Exception;

    /** Stores the URL, or with {@code url} empty goes back to the tunnel. */
    void setApiUrl(String profile, Optional<URI> url) throws Exception;

    /** Whether the user asked to be told of every run of this profile that fails. */
    boolean alertsFailedRuns(String profile) throws Exception;

    /** Remembers whether to tell of every run of this profile that fails. */
    void setAlertsFailedRuns(String profile, boolean on) throws Exception;

    /** The flow files in the agent container's flows directory. */
    List<String> flowFiles(Profile profile) throws Exception;

    /** Pulls the repository on the VM and runs each file in the agent container, streaming the output. */
    List<FlowRegistration.Outcome> register(Profile profile, GraphQlClient api, List<String> files, Consumer<String> output)
            throws Exception;

    static PrefectAccess using(Database db, ServiceResolver services) {
        PrefectSettingsStore prefect = new PrefectSettingsStore(db);
        return new PrefectAccess() {
            @Override
            public Optional<URI> apiUrl(String profile) {
                return prefect.apiUrl(profile);
            }

            @Override
            public void setApiUrl(String profile, Optional<URI> url) {
                prefect.setApiUrl(profile, url);
            }

            @Override
            public boolean alertsFailedRuns(String profile) {
                return prefect.alertsFailedRuns(profile);
            }

            @Override
            public void setAlertsFailedRuns(String profile, boolean on) {
                prefect.setAlertsFailedRuns(profile, on);
            }

            @Override
            public List<String> flowFiles(Profile profile) throws Exception {
                try (StackSession session = services.stack(profile)) {
                    return new FlowRegistration(session, null).flowFiles(); // listing reads no flows from the server
                }
            }

            @Override
            public List<FlowRegistration.Outcome> register(Profile profile, GraphQlClient api, List<String> files,
                                                           Consumer<String> output) throws Exception {
                try (StackSession session = services.stack(profile)) {
                    return new FlowRegistration(session, new FlowCatalog(api)).register(files, output);
                }
            }
        };
    }
}
