package eltdeck.ui.env;

import eltdeck.env.ComposeFile;
import eltdeck.env.EnvSchema;
import eltdeck.stack.RemoteFiles;
import java.util.Optional;

/**
 * The stack's {@code .env} as read from the VM for editing, with the files it is checked against.
 *
 * @param path    where the {@code .env} is (or is to be) on the VM
 * @param env     the file as read: the snapshot a save must still find there; empty when there is none yet
 * @param example the repository's {@code .env.example}, the schema of the form
 * @param compose the compose file, for the agent-environment and {@code ${NAME}} rules
 */
public record EnvDocument(String path, Optional<RemoteFiles.Snapshot> env, Optional<RemoteFiles.Snapshot> example,
                          Optional<RemoteFiles.Snapshot> compose, String agentService) {

    public Optional<EnvSchema> schema() {
        return example.map(e -> EnvSchema.parse(e.text()));
    }

    public Optional<ComposeFile> composeFile() {
        return compose.map(c -> ComposeFile.parse(c.text(), agentService));
    }

    /** The text on the VM now; empty when there is no file. */
    public String vmText() {
        return env.map(RemoteFiles.Snapshot::text).orElse("");
    }

    /** What editing starts from: the file, else the example, else nothing. */
    public String startText() {
        return env.or(() -> example).map(RemoteFiles.Snapshot::text).orElse("");
    }

    /** The same files after a save wrote {@code written}. */
    public EnvDocument saved(RemoteFiles.Snapshot written) {
        return new EnvDocument(path, Optional.of(written), example, compose, agentService);
    }
}
