package eltdeck.cli;

import eltdeck.profile.Profile;
import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshLink;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck exec NAME -- COMMAND...}: one command on the VM, its output streamed, its exit code returned. */
@Command(name = "exec", description = {"Run a command on the VM and exit with its exit code.",
        "One argument is a shell command line (as with ssh); several are passed as exact arguments, each quoted."})
final class ExecCommand implements Callable<Integer> {
    @ParentCommand EltDeckCli root;
    @Mixin VmOptions vm;
    @Parameters(index = "0", description = "Profile name.") String name;
    @Parameters(index = "1..*", arity = "1..*", description = "The command.") List<String> command;

    @Override
    public Integer call() throws Exception {
        Profile profile = root.context().profiles().get(name);
        RemoteCommand remote = command.size() == 1 ? RemoteCommand.typedLine(command.get(0)) : RemoteCommand.of(command);
        try (SshLink link = vm.open(root.context(), profile)) {
            return link.exec(remote, root.terminal().out(), root.terminal().err(), false);
        }
    }
}
