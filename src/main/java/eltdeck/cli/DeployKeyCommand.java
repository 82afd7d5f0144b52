package eltdeck.cli;

import eltdeck.stack.DeployKey;
import eltdeck.stack.StackSession;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck deploykey NAME}: the repository's deploy key, made on the VM, and github.com in the VM's known_hosts. */
@Command(name = "deploykey", mixinStandardHelpOptions = true, description = {
        "Make the repository's deploy key on the VM (ssh-keygen there: the private key never leaves the VM), or show "
        + "the one made before, with the page where GitHub takes it. For a github.com SSH URL, also add github.com's host "
        + "keys to the VM's known_hosts, each checked against GitHub's published fingerprints."})
final class DeployKeyCommand implements Callable<Integer> {
    @ParentCommand EltDeckCli root;
    @Mixin VmOptions vm;
    @Parameters(index = "0", description = "Profile name.") String name;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = root.terminal().outWriter();
        try (StackSession stack = vm.stack(root.context(), name)) {
            DeployKey.Setup setup = new DeployKey(stack.settings()).setUp(stack.shell());
            DeployKey.Info key = setup.key();
            out.println("Deploy key on the VM: " + key.path() + (key.created() ? " (made now)" : " (made before)"));
            out.println(key.publicKey());
            out.println("Fingerprint: " + key.fingerprint());
            out.println(key.settingsUrl().map(url -> "Add it as a read-only deploy key: " + url)
                    .orElse("Add it to the repository's deploy keys (read access is enough)."));
            if (!key.repositoryUsesSsh()) {
                out.println("Note: " + stack.settings().repositoryUrl() + " is not an SSH URL, so git does not use the deploy key"
                        + " for it. Use the repository's SSH URL: eltdeck stack config " + name + " --repo git@HOST:ORG/NAME.git");
            }
            setup.hostTrust().ifPresent(outcome -> out.println(outcome.describe()));
            return 0;
        }
    }
}
