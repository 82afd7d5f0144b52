package eltdeck.cli;

import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectSettingsStore;
import eltdeck.profile.Profile;
import java.net.URI;
import java.util.Optional;

/**
 * A profile's Prefect API for one command: at {@code --prefect-url}, else at the URL stored for the profile (by
 * {@code eltdeck prefect config} or the window's API URL…), else over the command's own SSH link through a forward on
 * a free local port (the prefect services see only the URL). Closing ends the forward and the link.
 */
record PrefectLink(GraphQlClient client, VmForward vmPort) implements AutoCloseable {

    static PrefectLink open(EltDeckCli root, VmOptions vm, PrefectOptions prefect, String name) throws Exception {
        Profile profile = root.context().profiles().get(name);
        Optional<URI> url = prefect.url != null ? Optional.of(prefect.url)
                : new PrefectSettingsStore(root.context().database()).apiUrl(name);
        if (url.isPresent()) {
            return new PrefectLink(new GraphQlClient(url.get()), null);
        }
        VmForward forward = VmForward.open(root, vm, profile, PrefectOptions.API_PORT);
        return new PrefectLink(new GraphQlClient(URI.create("http://127.0.0.1:" + forward.localPort() + "/graphql")), forward);
    }

    @Override
    public void close() {
        if (vmPort != null) {
            vmPort.close();
        }
    }
}
