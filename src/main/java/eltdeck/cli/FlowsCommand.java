package eltdeck.cli;

import eltdeck.prefect.Agent;
import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.PrefectServer;
import eltdeck.prefect.ScheduleText;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck flows …}: the flows registered on the stack's Prefect server, and registering them. */
@Command(name = "flows", mixinStandardHelpOptions = true, description = "The flows on the stack's Prefect server.",
        subcommands = {FlowsCommand.ListFlows.class, FlowRegisterCommand.class})
final class FlowsCommand {
    @ParentCommand EltDeckCli root;

    @Command(name = "list", description = "Each flow's current version, schedule, next run and last run.")
    static final class ListFlows implements Callable<Integer> {
        @ParentCommand FlowsCommand parent;
        @Mixin VmOptions vm;
        @Mixin PrefectOptions prefect;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Option(names = "--search", paramLabel = "TEXT", description = "Only flows whose name, project or labels contain TEXT.") String search;

        @Override
        public Integer call() throws Exception {
            try (PrefectLink api = PrefectLink.open(parent.root, vm, prefect, name)) {
                PrintWriter out = parent.root.terminal().outWriter();
                PrefectServer server = new PrefectServer(api.client());
                if (server.tenants().isEmpty()) {
                    out.println("Warning: the Prefect server has no tenant, so no agent can register and no flow can be"
                            + " registered. Create the default one: eltdeck deploy " + name + " --create-tenant");
                }
                List<Agent> agents = server.agents().stream().filter(a -> a.isRecent(Instant.now())).toList();
                if (agents.isEmpty()) {
                    out.println("Warning: no agent has asked for work in the last minute: runs will wait in Scheduled."
                            + " Check the agent's logs: eltdeck logs " + name + " agent.");
                }
                FlowCatalog catalog = new FlowCatalog(api.client());
                List<Flow> flows = search == null ? catalog.list() : catalog.search(search);
                if (flows.isEmpty()) {
                    out.println(search == null ? "No flows are registered. Register them with: eltdeck flows register " + name
                            : "No flow matches '" + search + "'.");
                }
                for (Flow flow : flows) {
                    print(flow, out);
                }
                out.flush();
                return 0;
            }
        }

        private static void print(Flow flow, PrintWriter out) {
            out.printf("%s/%s  version %d  labels [%s]%n", flow.project(), flow.name(), flow.version(), String.join(", ", flow.labels()));
            if (flow.schedule() == null || flow.schedule().clocks().isEmpty()) {
                out.println("  schedule: none");
            } else {
                out.println("  schedule: " + (flow.scheduleActive() ? "on" : "off") + ", " + flow.schedule().clocks().stream()
                        .map(c -> ScheduleText.describe(c, flow.schedule())).collect(Collectors.joining("; ")));
            }
            out.println("  next run: " + (flow.nextRuns().isEmpty() ? "none scheduled" : Times.local(flow.nextRuns().get(0))));
            out.println("  last run: " + (flow.lastRun() == null ? "none" : flow.lastRun().state() + " "
                    + Times.local(flow.lastRun().start()) + " (" + flow.lastRun().name() + ")"));
        }
    }
}
