package eltdeck.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** Where a Prefect verb finds the API: at a URL given here, else as the profile's Prefect settings say. */
final class PrefectOptions {
    @Option(names = "--prefect-url", paramLabel = "URL",
            description = "The Prefect API's URL, e.g. http://127.0.0.1:4200/graphql, instead of the one set with"
                    + " 'eltdeck prefect config' (default: a forward of the VM's port 4200 over the profile's SSH link).")
    URI url;
}
