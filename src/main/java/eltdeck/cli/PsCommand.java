package eltdeck.cli;

import eltdeck.stack.ContainerInfo;
import eltdeck.stack.StackControl;
import eltdeck.stack.StackSession;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck ps NAME}: the stack's containers, found by compose labels, as a table. */
@Command(name = "ps", mixinStandardHelpOptions = true, description = "List the stack's containers.")
final class PsCommand implements Callable<Integer> {
    private static final String ROW = "%-16s %-28s %-10s %-10s %s%n";
    @ParentCommand EltDeckCli root;
    @Mixin VmOptions vm;
    @Parameters(index = "0", description = "Profile name.") String name;

    @Override
    public Integer call() throws Exception {
        try (StackSession stack = vm.stack(root.context(), name)) {
            PrintWriter out = root.terminal().outWriter();
            out.printf(ROW, "SERVICE", "CONTAINER", "STATE", "HEALTH", "STATUS / PORTS");
            for (ContainerInfo c : new StackControl(stack.shell(), stack.paths()).containers()) {
                out.printf(ROW, c.service(), c.name(), c.state(), c.health().isEmpty() ? "-" : c.health(),
                        c.status() + (c.ports().isEmpty() ? "" : "  " + String.join(", ", c.ports())));
            }
            return 0;
        }
    }
}
