package eltdeck.cli;

import eltdeck.env.EnvReport;
import eltdeck.env.EnvSchema;
import eltdeck.env.EnvText;
import eltdeck.env.MaskedEnvDiff;
import eltdeck.ssh.SshLink;
import eltdeck.stack.RemoteFiles;
import eltdeck.stack.StackEnvFiles;
import eltdeck.stack.StackSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code eltdeck env push NAME FILE}: checks FILE as {@code env check} would against the VM's compose file and
 * .env.example, refuses to overwrite a change made on the VM since the pull, shows the change (secrets masked), and
 * writes it atomically with a backup.
 */
@Command(name = "push", mixinStandardHelpOptions = true, description = {
        "Upload FILE as the stack's .env on the VM: checked like env check (with the VM's compose file and "
        + ".env.example), refused on errors or when the VM's .env changed since env pull --out FILE, the change "
        + "shown with secret values masked, then written atomically, mode 0600, the previous version kept as .env.bak-TIME."})
final class EnvPushCommand implements Callable<Integer> {
    @ParentCommand EnvCommand parent;
    @Mixin VmOptions vm;
    @Parameters(index = "0", description = "Profile name.") String name;
    @Parameters(index = "1", paramLabel = "FILE", description = "The .env to upload.") Path file;
    @Option(names = "--force", description = "Push despite errors in the file or a change made on the VM since the pull.") boolean force;

    @Override
    public Integer call() throws Exception {
        EnvText text = EnvText.of(TextFiles.readUtf8(file));
        Optional<PulledMark> pulled = PulledMark.readBeside(file);
        PrintWriter out = parent.root.terminal().outWriter();
        PrintWriter err = parent.root.terminal().errWriter();
        StackSettings settings = vm.stackSettings(parent.root.context(), name);
        try (SshLink link = vm.link(parent.root.context(), name)) {
            StackEnvFiles files = StackEnvFiles.read(link, settings);
            String target = files.paths().envFile();
            Optional<RemoteFiles.Snapshot> current = files.env();
            Optional<RemoteFiles.Snapshot> example = files.example();
            Optional<RemoteFiles.Snapshot> compose = files.compose();

            EnvReport report = files.check(text, settings.agentService());
            EnvFindings.print(out, report, source -> switch (source) {
                case ENV -> file.toString();
                case EXAMPLE -> example.map(RemoteFiles.Snapshot::path).orElse(".env.example");
                case COMPOSE -> compose.map(RemoteFiles.Snapshot::path).orElse("docker-compose.yml");
            });
            if (report.hasErrors() && !force) {
                err.println("eltdeck: not pushed: " + file + " has errors (above). Fix them, or push anyway with --force.");
                return 1;
            }
            // Nothing to lose when the VM has this very file: no pull record needed.
            byte[] content = text.bytes();
            if (current.isPresent() && Arrays.equals(current.get().content(), content)) {
                out.println("No change: " + target + " on the VM is already this file.");
                PulledMark.of(current.get()).writeBeside(file);
                return 0;
            }
            Optional<String> conflict = pulled.map(mark -> mark.conflictWith(target, current))
                    .orElseGet(() -> current.map(c -> "there is no record of pulling " + file + " (" + PulledMark.sidecar(file)
                            + "), so a change on the VM could be lost."));
            if (conflict.isPresent() && !force) {
                err.println("eltdeck: not pushed: " + conflict.get() + "\nPull the VM's version (eltdeck env pull " + name
                        + " --out FILE), bring your change into it, and push that; or overwrite with --force.");
                return 1;
            }

            List<String> diff = MaskedEnvDiff.lines(current.map(RemoteFiles.Snapshot::text).orElse(""), text.reveal(),
                    example.map(e -> EnvSchema.parse(e.text())).orElse(EnvSchema.EMPTY));
            out.println((current.isPresent() ? "Changes to " : "New ") + target + " (secret values masked):");
            diff.forEach(out::println);
            RemoteFiles.Snapshot written = new RemoteFiles(link).write(target, content, current.orElse(null), Instant.now());
            PulledMark.of(written).writeBeside(file);
            out.println("Pushed " + file + " to " + target + " (mode 0600" + (current.isPresent() ? "; the previous version kept as .env.bak-TIME" : "") + ").");
            return 0;
        }
    }
}
