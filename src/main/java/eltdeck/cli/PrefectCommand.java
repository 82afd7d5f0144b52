package eltdeck.cli;

import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectRoute;
import eltdeck.prefect.PrefectSettingsStore;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck prefect config}: where a profile's Prefect verbs find the API; the window's API URL… is the same setting. */
@Command(name = "prefect", mixinStandardHelpOptions = true, description = "How a profile reaches its Prefect API.",
        subcommands = PrefectCommand.Config.class)
final class PrefectCommand {
    @ParentCommand EltDeckCli root;

    @Command(name = "config", description = {"How this profile reaches Prefect: shown without options.",
            "The window's API URL… sets the same; --prefect-url on a verb still wins for that command."})
    static final class Config implements Callable<Integer> {
        @ParentCommand PrefectCommand parent;
        @Parameters(index = "0", description = "Profile name.") String name;
        @ArgGroup(exclusive = true) Route route;

        static final class Route {
            @Option(names = "--url", paramLabel = "URL", required = true,
                    description = "Use the Prefect API at this URL, e.g. http://127.0.0.1:4200/graphql.") String url;
            @Option(names = "--tunnel", required = true,
                    description = "Forward the VM's port 4200 over the profile's SSH link (the default).") boolean tunnel;
        }

        @Override
        public Integer call() {
            parent.root.context().profiles().get(name);
            PrefectSettingsStore store = new PrefectSettingsStore(parent.root.context().database());
            if (route != null) {
                store.setApiUrl(name, route.tunnel ? Optional.empty() : Optional.of(GraphQlClient.url(route.url)));
            }
            PrintWriter out = parent.root.terminal().outWriter();
            out.println("Prefect API: " + store.apiUrl(name).map(Object::toString)
                    .orElse("a forward of the VM's port " + PrefectRoute.VM_PORT + " over the SSH link"));
            out.flush();
            return 0;
        }
    }
}
