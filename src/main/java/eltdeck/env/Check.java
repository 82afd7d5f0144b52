package eltdeck.env;

import java.util.List;
import java.util.Optional;

/** One group of rules over the same input; adds what it finds and never throws. */
interface Check {
    /** What every check looks at: the {@code .env}, its schema ({@link EnvSchema#NONE} without an example) and the compose file if given. */
    record Input(EnvFile env, EnvSchema schema, Optional<ComposeFile> compose) {
    }

    void run(Input input, List<Finding> findings);
}
