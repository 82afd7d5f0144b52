package eltdeck.env;

import java.util.List;
import java.util.Optional;

/** One group of rules over the same input; adds what it finds and never throws. */
interface Check {
    /** What every check looks at: the {@code .env}, its schema ({@link EnvSchema#NONE} without an example), the compose file if given. */
    record Input(EnvFile env, EnvSchema schema, Optional<ComposeFile> compose) {

        /** The entries with a valid name: a line with an invalid one belongs to rule invalid-name alone (it may be no variable at all). */
        List<EnvEntry> entries() {
            return env.entries().stream().filter(entry -> EnvNames.isValid(entry.name())).toList();
        }

        /** Of those, the one compose uses for each name. */
        List<EnvEntry> effectiveEntries() {
            return env.effectiveEntries().stream().filter(entry -> EnvNames.isValid(entry.name())).toList();
        }
    }

    void run(Input input, List<Finding> findings);
}
