package eltdeck.stack;

import eltdeck.env.ComposeFile;
import eltdeck.env.EnvChecker;
import eltdeck.env.EnvReport;
import eltdeck.env.EnvSchema;
import eltdeck.env.EnvText;
import java.io.IOException;
import java.util.Optional;

/**
 * The stack's {@code .env} on the VM and the files it is checked against: the compose file that reads it and the
 * repository's {@code .env.example}. Deploy and {@code env push} check with the same files, found the same way.
 */
public final class StackEnvFiles {
    private static final String EXAMPLE_NAME = ".env.example";

    private final RemoteFiles files;
    private final StackPaths paths;

    public StackEnvFiles(RemoteFiles files, StackPaths paths) {
        this.files = files;
        this.paths = paths;
    }

    public Optional<RemoteFiles.Snapshot> env() throws IOException {
        return files.read(paths.envFile());
    }

    public Optional<RemoteFiles.Snapshot> compose() throws IOException {
        return files.read(paths.composeFile());
    }

    /** The {@code .env.example} beside the compose file, else at the top of the repository; empty without either. */
    public Optional<RemoteFiles.Snapshot> example() throws IOException {
        Optional<RemoteFiles.Snapshot> besideCompose = files.read(paths.composeDir() + "/" + EXAMPLE_NAME);
        return besideCompose.isPresent() ? besideCompose : files.read(paths.repoDir() + "/" + EXAMPLE_NAME);
    }

    /** The rules of {@code env check} on {@code env}, with whichever of the two other files exist. */
    public static EnvReport check(EnvText env, Optional<RemoteFiles.Snapshot> example, Optional<RemoteFiles.Snapshot> compose,
                                  String agentService) {
        return EnvChecker.check(env.parse(), example.map(s -> EnvSchema.parse(s.text())),
                compose.map(s -> ComposeFile.parse(s.text(), agentService)));
    }
}
