package eltdeck.secret;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.airbyte.AirbyteCredentials;
import eltdeck.stack.DeployOptions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretTest {
    private static final String CANARY = "ghp_canary_7f3a";

    @Test
    void printsRedactedAndGivesItsValueOnlyWhenRevealed() {
        Secret secret = Secret.of(CANARY);
        assertThat(secret).hasToString("Secret[****]");
        assertThat(String.valueOf(secret)).doesNotContain(CANARY);
        assertThat(secret.reveal()).isEqualTo(CANARY);
        assertThat(Secret.of("  " + CANARY + "\n").strip()).isEqualTo(secret);
        assertThat(Secret.of("a\nb").isMultiLine()).isTrue();
        assertThat(Secret.of(" ").isBlank()).isTrue();
    }

    @Test
    void equalValuesAreEqualAndTheHashTellsNothing() {
        assertThat(Secret.of(CANARY)).isEqualTo(Secret.of(CANARY)).isNotEqualTo(Secret.of(CANARY + "x"));
        assertThat(Secret.of(CANARY).hashCode()).isEqualTo(Secret.of("other").hashCode());
    }

    @Test
    void noRecordThatCarriesOnePrintsIt() {
        assertThat(new AirbyteCredentials("airbyte", Secret.of(CANARY)).toString()).doesNotContain(CANARY).contains("airbyte");
        DeployOptions options = new DeployOptions("tester", false, Optional.empty(), Optional.empty(), Duration.ofMinutes(5),
                Duration.ZERO, Optional.of(Secret.of(CANARY)), false);
        assertThat(options.toString()).doesNotContain(CANARY).contains("Secret[****]");
    }
}
