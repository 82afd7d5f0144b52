package eltdeck.cli;

import eltdeck.prefect.FlowCatalog;
import eltdeck.stack.FlowRegistration;
import eltdeck.stack.StackSession;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck flows register NAME [FILE...]}: git pull on the VM, then python3 FILE in the agent's container. */
@Command(name = "register", description = {"Pull the stack's repository on the VM and register flows by running each flow file "
        + "(default: every *.py in the flows directory) with python3 in the agent's container."})
final class FlowRegisterCommand implements Callable<Integer> {
    @ParentCommand FlowsCommand parent;
    @Mixin VmOptions vm;
    @Mixin PrefectOptions prefect;
    @Parameters(index = "0", description = "Profile name.") String name;
    @Parameters(index = "1..*", paramLabel = "FILE", description = "Flow files, e.g. all_etl_flow.py.") List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (PrefectLink api = PrefectLink.open(parent.root, vm, prefect, name);
             StackSession stack = vm.stack(parent.root.context(), name)) {
            PrintWriter out = parent.root.terminal().outWriter();
            List<FlowRegistration.Outcome> outcomes = new FlowRegistration(stack, new FlowCatalog(api.client()))
                    .register(files, line -> {
                        out.println(line);
                        out.flush();
                    });
            outcomes.forEach(o -> out.println(o.summary()));
            out.flush();
            return outcomes.stream().allMatch(FlowRegistration.Outcome::ok) ? 0 : 1;
        }
    }
}
