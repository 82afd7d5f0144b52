package eltdeck.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** Where a Prefect verb finds the API: through its own forward to the VM's 4200, or at a URL given here. */
final class PrefectOptions {
    static final int API_PORT = 4200;

    @Option(names = "--prefect-url", paramLabel = "URL",
            description = "The Prefect API's URL, e.g. http://127.0.0.1:4200/graphql, instead of a forward of the VM's port 4200"
                    + " over the profile's SSH link.")
    URI url;
}
