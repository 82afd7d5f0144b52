package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A profile for a repository laid out like this one deploys the stack from {@code assets/stack}. */
class ReferenceStackPathsTest {

    @Test
    void assetsStackIsAComposeDirectoryInsideTheClone() {
        StackSettings settings = StackSettings.forRepository("my-org/elt-deck").withComposeDir("assets/stack/");

        StackPaths paths = StackPaths.of(settings, "/home/etl");

        assertThat(paths.repoDir()).isEqualTo("/home/etl/elt-deck");
        assertThat(paths.composeFile()).isEqualTo("/home/etl/elt-deck/assets/stack/docker-compose.yml");
        assertThat(paths.envFile()).isEqualTo("/home/etl/elt-deck/assets/stack/.env");
        assertThat(paths.composeProject()).isEqualTo("stack");
        assertThat(settings.flowsDir()).as("where the compose file mounts ./flows in the agent").isEqualTo("~/flows");
    }
}
