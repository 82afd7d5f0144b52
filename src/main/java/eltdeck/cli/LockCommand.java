package eltdeck.cli;

import eltdeck.stack.DeployLock;
import eltdeck.stack.LockInfo;
import eltdeck.stack.StackSession;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck lock status|break NAME}: the deploy lock on the VM. */
@Command(name = "lock", mixinStandardHelpOptions = true, description = "Show or break the deploy lock on the VM.",
        subcommands = {LockCommand.Status.class, LockCommand.Break.class})
final class LockCommand {
    @ParentCommand EltDeckCli root;

    abstract static class LockVerb implements Callable<Integer> {
        @ParentCommand LockCommand parent;
        @Mixin VmOptions vm;
        @Parameters(index = "0", description = "Profile name.") String name;

        abstract String act(DeployLock lock) throws Exception;

        @Override
        public Integer call() throws Exception {
            try (StackSession stack = vm.stack(parent.root.context(), name)) {
                PrintWriter out = parent.root.terminal().outWriter();
                out.println(act(new DeployLock(stack.shell(), stack.paths(), Clock.systemUTC())));
                return 0;
            }
        }
    }

    @Command(name = "status", description = "Who holds the deploy lock, since when, for which commit.")
    static final class Status extends LockVerb {
        String act(DeployLock lock) throws Exception {
            return lock.status().map(i -> "Locked by " + i.describe()).orElse("Not locked.");
        }
    }

    @Command(name = "break", description = "Remove the deploy lock whoever holds it (a deploy that died left it).")
    static final class Break extends LockVerb {
        String act(DeployLock lock) throws Exception {
            Optional<LockInfo> held = lock.breakLock();
            return held.map(i -> "Broke the lock held by " + i.describe()).orElse("There was no lock.");
        }
    }
}
