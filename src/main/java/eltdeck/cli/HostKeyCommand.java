package eltdeck.cli;

import eltdeck.profile.Profile;
import eltdeck.ssh.HostKey;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KnownHostsFile;
import eltdeck.ssh.SshFailure;
import eltdeck.ssh.SshLink;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eltdeck hostkey replace NAME}: the separate, confirmed answer to a VM whose host key changed. */
@Command(name = "hostkey", description = "Replace a VM's changed host key in known_hosts, after confirmation.",
        subcommands = HostKeyCommand.Replace.class)
final class HostKeyCommand {
    @ParentCommand EltDeckCli root;

    @Command(name = "replace", description = {"Show the VM's new host key beside the known one and, once confirmed, "
            + "replace the entry (like ssh-keygen -R and accepting again)."})
    static final class Replace implements Callable<Integer> {
        @ParentCommand HostKeyCommand parent;
        @Spec CommandSpec spec;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Option(names = "--yes", description = "Do not ask; replace when the key has changed.") boolean yes;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Profile profile = parent.root.context().profiles().get(name);
            SshFailure.HostKeyChange change;
            try (SshLink ignored = new VmOptions().connector(parent.root.context()).connect(profile, HostKeyPolicy.STRICT)) {
                out.println("The host key of " + profile.destination() + " matches known_hosts: nothing to replace.");
                return 0;
            } catch (SshFailure f) {
                if (f.kind() != SshFailure.Kind.HOST_KEY_CHANGED && f.kind() != SshFailure.Kind.HOST_KEY_UNKNOWN) {
                    throw f;
                }
                change = f.hostKeyChange();
            }
            for (HostKey k : change.known()) {
                out.println("known:   " + k.describe(change.hostId()));
            }
            out.println("offered: " + change.offered().describe(change.hostId()));
            out.println("Only replace it if you know the VM was rebuilt or its keys rotated; compare with the VM's own");
            out.println("fingerprint (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on its console).");
            if (!yes && !confirmed(out)) {
                out.println("Nothing changed.");
                return 1;
            }
            new KnownHostsFile(change.knownHostsFile()).replace(change.hostId(), change.offered());
            out.println("Replaced the entry for " + change.hostId() + " in " + change.knownHostsFile()
                    + " (previous file kept as " + change.knownHostsFile().getFileName() + ".old).");
            return 0;
        }

        private static boolean confirmed(PrintWriter out) throws java.io.IOException {
            out.print("Type 'yes' to replace the known host key: ");
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return "yes".equals(answer == null ? null : answer.trim());
        }
    }
}
