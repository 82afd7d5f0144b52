package eltdeck.cli;

import eltdeck.stack.Compose;
import eltdeck.stack.StackControl;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code eltdeck stack …}: where a profile's stack comes from, and stopping/starting it. */
@Command(name = "stack", mixinStandardHelpOptions = true, description = "The stack a profile deploys: its settings, stop, start, restart.",
        subcommands = {StackCommand.Config.class, StackCommand.Stop.class, StackCommand.Start.class, StackCommand.Restart.class})
final class StackCommand {
    @ParentCommand EltDeckCli root;

    @Command(name = "config", description = "Set (with options) or show (without) the profile's stack settings.")
    static final class Config implements Callable<Integer> {
        @ParentCommand StackCommand parent;
        @Spec CommandSpec spec;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Mixin StackOptions options;

        @Override
        public Integer call() {
            StackSettingsStore store = new StackSettingsStore(parent.root.context().database());
            parent.root.context().profiles().get(name);
            StackSettings settings = options.anyGiven() ? options.over(store.find(name)) : store.find(name).orElseThrow(
                    () -> new IllegalArgumentException("Profile '" + name + "' has no repository yet: give --repo URL|ORG/NAME."));
            store.save(name, settings);
            StackOptions.print(settings, spec.commandLine().getOut());
            return 0;
        }
    }

    /** stop, start and restart differ only in their action. */
    abstract static class Control implements Callable<Integer> {
        @ParentCommand StackCommand parent;
        @Mixin VmOptions vm;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Parameters(index = "1", arity = "0..1", description = "One service (default: the whole stack).") String service;

        abstract StackControl.Action action();

        @Override
        public Integer call() throws Exception {
            try (StackSession stack = vm.stack(parent.root.context(), name)) {
                PrintWriter out = parent.root.terminal().outWriter();
                return new StackControl(stack.shell(), stack.paths()).control(Compose.detect(stack.shell(), stack.paths()),
                        action(), Optional.ofNullable(service), out::println).exitCode();
            }
        }
    }

    @Command(name = "stop", description = "Stop the stack or one service (containers are kept).")
    static final class Stop extends Control {
        StackControl.Action action() {
            return StackControl.Action.STOP;
        }
    }

    @Command(name = "start", description = "Start the stopped stack or one service.")
    static final class Start extends Control {
        StackControl.Action action() {
            return StackControl.Action.START;
        }
    }

    @Command(name = "restart", description = "Restart the stack or one service.")
    static final class Restart extends Control {
        StackControl.Action action() {
            return StackControl.Action.RESTART;
        }
    }
}
