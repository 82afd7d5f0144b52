package eltdeck.cli;

import eltdeck.prefect.GraphQlClient;
import eltdeck.profile.Profile;
import eltdeck.ssh.SshLink;
import eltdeck.tunnel.EphemeralForward;
import java.net.URI;

/**
 * A profile's Prefect API for one command: at {@code --prefect-url}, or over the command's own SSH link through a
 * forward on a free local port (the prefect services see only the URL). Closing ends the forward and the link.
 */
record PrefectLink(GraphQlClient client, SshLink link, EphemeralForward forward) implements AutoCloseable {

    static PrefectLink open(EltDeckCli root, VmOptions vm, PrefectOptions prefect, String name) throws Exception {
        Profile profile = root.context().profiles().get(name);
        if (prefect.url != null) {
            return new PrefectLink(new GraphQlClient(prefect.url), null, null);
        }
        SshLink link = vm.open(root.context(), profile);
        try {
            EphemeralForward forward = EphemeralForward.open(link, PrefectOptions.API_PORT);
            return new PrefectLink(new GraphQlClient(URI.create("http://127.0.0.1:" + forward.localPort() + "/graphql")), link, forward);
        } catch (Exception | Error e) {
            link.close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (forward != null) {
            forward.close();
        }
        if (link != null) {
            link.close();
        }
    }
}
