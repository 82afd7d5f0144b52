package eltdeck.stack;

import eltdeck.env.ComposeFile;
import eltdeck.env.EnvChecker;
import eltdeck.env.EnvReport;
import eltdeck.env.EnvSchema;
import eltdeck.env.EnvText;
import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The stack's {@code .env} on the VM and the files it is checked against: the compose file that reads it and the
 * repository's {@code .env.example} (beside the compose file, else at the top of the repository). Read in one
 * command, the home directory for a {@code ~} in the stack's path found by the same command: the .env tab, {@code env
 * pull}, {@code env push} and deploy read them this one way.
 *
 * @param paths the stack's paths, {@code ~} resolved
 */
public record StackEnvFiles(StackPaths paths, Optional<RemoteFiles.Snapshot> env, Optional<RemoteFiles.Snapshot> example,
                            Optional<RemoteFiles.Snapshot> compose) {
    private static final String SCRIPT = RemoteFiles.script("read-env-files.sh");
    private static final String EXAMPLE_NAME = ".env.example";
    /** What the paths are before the command says where the home directory is: a leading {@code ~}, as in a shell. */
    private static final String HOME_UNKNOWN = "~";

    /** Reads the stack's files over {@code link}, with {@code ~} in the stack's directory resolved on the VM. */
    public static StackEnvFiles read(SshLink link, StackSettings settings) throws IOException {
        return read(link, StackPaths.of(settings, HOME_UNKNOWN), settings);
    }

    /** Reads the files at {@code paths}, resolved already. */
    public static StackEnvFiles read(SshLink link, StackPaths paths) throws IOException {
        return read(link, paths, null);
    }

    /** {@code settings}: what the paths are made of once the home directory is known; null when {@code asked} are final. */
    private static StackEnvFiles read(SshLink link, StackPaths asked, StackSettings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = link.exec(command(asked), null, out, err, false);
        FramedFiles read = FramedFiles.parse(out.toByteArray(), files(asked).size());
        if (code != 0) {
            throw new IOException("Reading the stack's .env files on the VM failed (exit " + code + "): "
                    + err.toString(StandardCharsets.UTF_8).strip());
        }
        if (!read.complete()) {
            throw new IOException("The stack's .env files changed on the VM while they were read; read them again.");
        }
        if (settings != null && read.home().isBlank()) {
            throw new IOException("Cannot find the home directory of the login user on the VM.");
        }
        StackPaths paths = settings == null ? asked : StackPaths.of(settings, read.home());
        List<String> found = files(paths);
        Optional<RemoteFiles.Snapshot> besideCompose = read.snapshot(2, found.get(2));
        Optional<RemoteFiles.Snapshot> example = besideCompose.isPresent() ? besideCompose : read.snapshot(3, found.get(3));
        return new StackEnvFiles(paths, read.snapshot(0, found.get(0)), example, read.snapshot(1, found.get(1)));
    }

    /** The one command of a read: the script, and the files as its arguments, in the order of {@link #files}. */
    static RemoteCommand command(StackPaths paths) {
        return RemoteCommand.script(SCRIPT, files(paths));
    }

    /** The .env, the compose file, the .env.example beside it, the .env.example at the top of the repository. */
    private static List<String> files(StackPaths paths) {
        return List.of(paths.envFile(), paths.composeFile(), paths.composeDir() + "/" + EXAMPLE_NAME,
                paths.repoDir() + "/" + EXAMPLE_NAME);
    }

    /** The rules of {@code env check} on {@code env} (this {@code .env} or another), with whichever of the two other files exist. */
    public EnvReport check(EnvText env, String agentService) {
        return EnvChecker.check(env.parse(), example.map(s -> EnvSchema.parse(s.text())),
                compose.map(s -> ComposeFile.parse(s.text(), agentService)));
    }
}
