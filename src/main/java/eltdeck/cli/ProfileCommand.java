package eltdeck.cli;

import eltdeck.Plural;
import eltdeck.profile.Profile;
import eltdeck.profile.ProfileStore;
import eltdeck.profile.SshConfigImporter;
import eltdeck.profile.TunnelSpec;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code eltdeck profile …}: the VMs ELT Deck knows. */
@Command(name = "profile", description = "Add, list, show, edit, copy, remove and import VM profiles.",
        subcommands = {ProfileCommand.Add.class, ProfileCommand.ListProfiles.class, ProfileCommand.Show.class,
                ProfileCommand.Edit.class, ProfileCommand.Copy.class, ProfileCommand.Remove.class,
                ProfileCommand.ImportSshConfig.class})
final class ProfileCommand {
    @ParentCommand
    EltDeckCli root;

    ProfileStore store() {
        return root.context().profiles();
    }

    StackSettingsStore stackSettings() {
        return new StackSettingsStore(root.context().database());
    }

    @Command(name = "add", description = "Add a VM; its five default tunnels are 8000, 8001, 8080, 4200, 4201.")
    static final class Add implements Callable<Integer> {
        @ParentCommand ProfileCommand parent;
        @Spec CommandSpec spec;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Mixin ProfileOptions options;
        @Mixin StackOptions stack;

        @Override
        public Integer call() {
            if (options.host == null) {
                throw new IllegalArgumentException("--host is required: the VM's DNS name or IP address.");
            }
            Profile p = options.applyTo(Profile.of(name, options.host, System.getProperty("user.name")));
            Optional<StackSettings> settings = stack.anyGiven() ? Optional.of(stack.over(Optional.empty())) : Optional.empty();
            parent.store().add(p);
            settings.ifPresent(s -> parent.stackSettings().save(p.name(), s));
            spec.commandLine().getOut().println("Added " + p.name() + " (" + p.destination() + ")");
            return 0;
        }
    }

    @Command(name = "list", description = "List the profiles.")
    static final class ListProfiles implements Callable<Integer> {
        @ParentCommand ProfileCommand parent;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Profile> all = parent.store().list();
            if (all.isEmpty()) {
                out.println("No profiles yet. Add one with: eltdeck profile add NAME --host HOST --user USER");
            }
            for (Profile p : all) {
                out.printf("%-20s %s%s%n", p.name(), p.destination(), p.jump() == null ? "" : " via " + p.jump());
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show one profile.")
    static final class Show implements Callable<Integer> {
        @ParentCommand ProfileCommand parent;
        @Spec CommandSpec spec;
        @Parameters(index = "0") String name;

        @Override
        public Integer call() {
            Profile p = parent.store().get(name);
            PrintWriter out = spec.commandLine().getOut();
            out.println("name:        " + p.name());
            out.println("destination: " + p.destination());
            out.println("identity:    " + (p.identityFile() == null ? "(none)" : p.identityFile())
                    + (p.useAgent() ? ", ssh-agent" : ""));
            out.println("jump host:   " + (p.jump() == null ? "(none)" : p.jump()));
            out.println("known_hosts: " + p.knownHostsOrDefault());
            out.println("keepalive:   every " + p.keepAlive().intervalSeconds() + " s, lost after "
                    + Plural.of(p.keepAlive().maxMisses(), "miss", "misses"));
            out.println("tunnels:");
            for (TunnelSpec t : p.tunnels()) {
                out.printf("  %-18s VM port %-5d -> localhost:%d%n", t.label(), t.remotePort(), t.localPort());
            }
            parent.stackSettings().find(name).ifPresent(settings -> StackOptions.print(settings, out));
            return 0;
        }
    }

    @Command(name = "edit", description = "Change a profile; only the options given change.")
    static final class Edit implements Callable<Integer> {
        @ParentCommand ProfileCommand parent;
        @Spec CommandSpec spec;
        @Parameters(index = "0") String name;
        @Option(names = "--name", description = "Rename the profile.") String newName;
        @Mixin ProfileOptions options;
        @Mixin StackOptions stack;

        @Override
        public Integer call() {
            Profile edited = options.applyTo(parent.store().get(name));
            if (newName != null) {
                edited = edited.withName(newName);
            }
            Optional<StackSettings> settings = stack.anyGiven()
                    ? Optional.of(stack.over(parent.stackSettings().find(name))) : Optional.empty();
            parent.store().update(name, edited);
            String saved = edited.name();
            settings.ifPresent(s -> parent.stackSettings().save(saved, s));
            spec.commandLine().getOut().println("Saved " + edited.name() + " (" + edited.destination() + ")");
            return 0;
        }
    }

    @Command(name = "cp", description = "Duplicate a profile under a new name.")
    static final class Copy implements Callable<Integer> {
        @ParentCommand ProfileCommand parent;
        @Spec CommandSpec spec;
        @Parameters(index = "0") String name;
        @Parameters(index = "1", arity = "0..1", description = "New name (default NAME-copy).") String newName;

        @Override
        public Integer call() {
            Profile copy = newName == null ? parent.store().duplicate(name) : parent.store().get(name).withName(newName);
            if (newName != null) {
                parent.store().add(copy);
            }
            spec.commandLine().getOut().println("Copied " + name + " to " + copy.name());
            return 0;
        }
    }

    @Command(name = "rm", description = "Remove a profile (the VM is not touched).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand ProfileCommand parent;
        @Spec CommandSpec spec;
        @Parameters(index = "0") String name;

        @Override
        public Integer call() {
            parent.store().remove(name);
            spec.commandLine().getOut().println("Removed " + name);
            return 0;
        }
    }

    @Command(name = "import-ssh-config", description = "Add the hosts of an OpenSSH config (HostName, User, Port, IdentityFile, ProxyJump).")
    static final class ImportSshConfig implements Callable<Integer> {
        @ParentCommand ProfileCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--file", description = "Config file (default ~/.ssh/config).") Path file;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path config = file != null ? file : SshConfigImporter.defaultConfig();
            List<Profile> found = new SshConfigImporter(Path.of(System.getProperty("user.home"))).read(config);
            int added = 0;
            for (Map.Entry<Profile, String> e : parent.store().addEach(found).entrySet()) {
                Profile p = e.getKey();
                if (!e.getValue().isEmpty()) {
                    out.println("skipped " + p.name() + ": " + e.getValue());
                    continue;
                }
                out.println("added   " + p.name() + " (" + p.destination() + (p.jump() == null ? "" : " via " + p.jump()) + ")");
                added++;
            }
            out.println(added + " of " + Plural.of(found.size(), "host") + " imported from " + config);
            return 0;
        }
    }
}
