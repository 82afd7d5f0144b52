package eltdeck.prefect;

import java.net.URI;
import java.util.Optional;

/**
 * How a profile reaches the Prefect API: the VM's port 4200 through a tunnel (local end on any port), or a URL set by
 * hand. The one place that knows the API's port and its {@code /graphql} path.
 */
public record PrefectRoute(Optional<URI> url) {
    /** The Prefect Server's Apollo on the VM (the browser UI also calls it as localhost:4200). */
    public static final int VM_PORT = 4200;
    /** Where Apollo answers GraphQL. */
    public static final String API_PATH = "/graphql";
    public static final PrefectRoute TUNNEL = new PrefectRoute(Optional.empty());

    /** The stored URL's route, or the tunnel when none is stored. */
    public static PrefectRoute of(Optional<URI> stored) {
        return stored.isPresent() ? new PrefectRoute(stored) : TUNNEL;
    }

    public boolean tunnelled() {
        return url.isEmpty();
    }

    /** The API at the local end of a tunnel to {@link #VM_PORT} on {@code localPort}. */
    public static URI apiAt(int localPort) {
        return URI.create("http://127.0.0.1:" + localPort + API_PATH);
    }
}
