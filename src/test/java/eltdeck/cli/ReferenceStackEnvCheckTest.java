package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The repository's own {@code .env.example} passes ELT Deck's {@code .env} check against the reference stack. */
class ReferenceStackEnvCheckTest {

    @Test
    void theExampleIsACleanEnvForTheReferenceStackAndItsAgent() {
        CliRun run = CliRun.of(null, "env", "check", ".env.example", "--example", ".env.example",
                "--compose", "assets/stack/docker-compose.yml", "--agent-service", "agent");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).isEqualTo(".env.example: 0 errors, 0 warnings, 0 info" + System.lineSeparator());
    }
}
