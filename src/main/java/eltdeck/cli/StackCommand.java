package eltdeck.cli;

import eltdeck.stack.Compose;
import eltdeck.stack.StackControl;
import eltdeck.stack.StackSettings;
import eltdeck.store.StackSettingsStore;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        @Option(names = "--repo", paramLabel = "URL|ORG/NAME", description = "The git repository (a GitHub ORG/NAME or any git URL).") String repo;
        @Option(names = "--branch", description = "Branch to deploy (default main).") String branch;
        @Option(names = "--remote-dir", paramLabel = "PATH", description = "The clone on the VM (default ~/<repository name>).") String remoteDir;
        @Option(names = "--compose-dir", paramLabel = "DIR", description = "Directory of docker-compose.yml in the repository (default docker).") String composeDir;
        @Option(names = "--agent-service", paramLabel = "S", description = "The Prefect agent's compose service (default agent).") String agentService;
        @Option(names = "--flows-dir", paramLabel = "DIR", description = "The flows' directory in the agent container (default ~/flows).") String flowsDir;

        @Override
        public Integer call() {
            StackSettingsStore store = new StackSettingsStore(parent.root.context().database());
            parent.root.context().profiles().get(name);
            Optional<StackSettings> current = store.find(name);
            StackSettings s = current.orElseGet(() -> StackSettings.forRepository(requireRepo()));
            if (repo != null) {
                s = current.isEmpty() ? s : s.withRepository(repo);
            }
            s = branch == null ? s : s.withBranch(branch);
            s = remoteDir == null ? s : s.withRemoteDir(remoteDir);
            s = composeDir == null ? s : s.withComposeDir(composeDir);
            s = agentService == null ? s : s.withAgentService(agentService);
            s = flowsDir == null ? s : s.withFlowsDir(flowsDir);
            store.save(name, s);
            PrintWriter out = spec.commandLine().getOut();
            out.println("repository:    " + s.repository() + (s.repositoryUrl().equals(s.repository()) ? "" : " (" + s.repositoryUrl() + ")"));
            out.println("branch:        " + s.branch());
            out.println("remote dir:    " + s.remoteDir());
            out.println("compose dir:   " + s.composeDir());
            out.println("agent service: " + s.agentService());
            out.println("flows dir:     " + s.flowsDir());
            return 0;
        }

        private String requireRepo() {
            if (repo == null) {
                throw new IllegalArgumentException("Profile '" + name + "' has no repository yet: give --repo URL|ORG/NAME.");
            }
            return repo;
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
            try (StackVm stack = StackVm.open(parent.root, vm, name)) {
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
