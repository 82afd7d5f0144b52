package eltdeck.cli;

import eltdeck.files.AtomicFile;
import eltdeck.ssh.SshLink;
import eltdeck.stack.RemoteFiles;
import eltdeck.stack.StackEnvFiles;
import eltdeck.stack.StackSettings;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck env pull NAME}: the VM's .env, byte for byte, to stdout or to a private local file. */
@Command(name = "pull", mixinStandardHelpOptions = true, description = {
        "Copy the stack's .env from the VM: to stdout, or with --out to FILE (mode 0600) together with "
        + "FILE.eltdeck-pulled, which records what was pulled so that env push can notice later changes on the VM."})
final class EnvPullCommand implements Callable<Integer> {
    @ParentCommand EnvCommand parent;
    @Mixin VmOptions vm;
    @Parameters(index = "0", description = "Profile name.") String name;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.") Path out;

    @Override
    public Integer call() throws Exception {
        StackSettings settings = vm.stackSettings(parent.root.context(), name);
        try (SshLink link = vm.link(parent.root.context(), name)) {
            StackEnvFiles files = StackEnvFiles.read(link, settings);
            Optional<RemoteFiles.Snapshot> env = files.env();
            if (env.isEmpty()) {
                throw new IllegalArgumentException("There is no " + files.paths().envFile() + " on the VM yet. " + startingPoint(files));
            }
            if (out == null) {
                OutputStream stdout = parent.root.terminal().out();
                stdout.write(env.get().content());
                stdout.flush();
                return 0;
            }
            AtomicFile.writeBytes(out, env.get().content(), true);
            PulledMark.of(env.get()).writeBeside(out);
            parent.root.terminal().errWriter().println("Pulled " + env.get().path() + " to " + out + " (mode 0600: it holds secrets).");
            return 0;
        }
    }

    private String startingPoint(StackEnvFiles files) {
        return files.example().map(example -> "Start from the repository's " + example.path() + ": copy it, fill it in, and upload it with"
                        + " eltdeck env push " + name + " FILE.")
                .orElse("The repository has no .env.example either: write the .env the compose file needs, and upload it with"
                        + " eltdeck env push " + name + " FILE.");
    }
}
