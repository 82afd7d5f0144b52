package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ContainerLogOptionsTest {
    private static final ContainerInfo AGENT = new ContainerInfo("0123abcd", "docker_agent_1", "docker", "agent", "agent:1",
            "running", "", "Up 1 minute", List.of());

    @Test
    void everyLineIsTimestampedAndSinceIsInSeconds() {
        assertThat(new ContainerLogOptions(OptionalInt.empty(), Optional.empty(), false).dockerArguments())
                .containsExactly("docker", "logs", "--timestamps");
        assertThat(new ContainerLogOptions(OptionalInt.of(100), Optional.of(Duration.ofMinutes(10)), true).dockerArguments())
                .containsExactly("docker", "logs", "--timestamps", "--tail", "100", "--since", "600s", "--follow");
    }

    @Test
    void theCommandReadsTheContainerByIdWithStderrMerged() {
        ContainerLogSource source = new ContainerLogSource(null, AGENT, new ContainerLogOptions(OptionalInt.of(5), Optional.empty(), true));

        assertThat(source.stream()).isEqualTo("docker_agent_1");
        assertThat(source.command().line())
                .isEqualTo("sh -c 'exec \"$@\" 2>&1' sh docker logs --timestamps --tail 5 --follow 0123abcd");
    }
}
