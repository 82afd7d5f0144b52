package eltdeck.cli;

import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectRoute;
import eltdeck.profile.Profile;
import java.util.Optional;

/**
 * A profile's Prefect API for one command: at {@code --prefect-url}, else at the URL stored for the profile (by
 * {@code eltdeck prefect config} or the window's API URL…), else over the command's own SSH link through a forward on
 * a free local port (the prefect services see only the URL). Closing ends the forward and the link.
 */
record PrefectLink(GraphQlClient client, VmForward vmPort) implements AutoCloseable {

    static PrefectLink open(EltDeckCli root, VmOptions vm, PrefectOptions prefect, String name) throws Exception {
        Profile profile = root.context().profiles().get(name);
        PrefectRoute route = prefect.url != null ? new PrefectRoute(Optional.of(prefect.url)) : vm.services(root.context()).prefect(name);
        if (!route.tunnelled()) {
            return new PrefectLink(new GraphQlClient(route.url().orElseThrow()), null);
        }
        VmForward forward = VmForward.open(root, vm, profile, PrefectRoute.VM_PORT);
        return new PrefectLink(new GraphQlClient(PrefectRoute.apiAt(forward.localPort())), forward);
    }

    @Override
    public void close() {
        if (vmPort != null) {
            vmPort.close();
        }
    }
}
