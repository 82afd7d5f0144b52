package eltdeck.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Applying a finding's mechanical fix rewrites its own line from the real value, though the finding shows it masked. */
class RepairTest {
    private static final String CANARY = "CANARY-r3pair";

    @Test
    void eachMechanicalFixRewritesOnlyItsLineWithTheRealValue() {
        assertThat(fixed("A=1\nDBT_TARGET=\"prod\"\r\nB=2\n", Rule.QUOTED_VALUE)).isEqualTo("A=1\nDBT_TARGET=prod\r\nB=2\n");
        assertThat(fixed("DBT_TARGET = prod \n", Rule.STRAY_WHITESPACE)).isEqualTo("DBT_TARGET=prod\n");
        assertThat(fixed("PRICE=5$ or $$6\n", Rule.DOLLAR_IN_VALUE)).isEqualTo("PRICE=5$$ or $$6\n");
        assertThat(fixed("export DBT_TARGET=prod", Rule.INVALID_NAME)).isEqualTo("DBT_TARGET=prod");
        assertThat(fixed("SNOWFLAKE_PASSWORD='" + CANARY + "'\n", Rule.QUOTED_VALUE)).isEqualTo("SNOWFLAKE_PASSWORD=" + CANARY + "\n");
    }

    @Test
    void aSecretsFixShowsTheLineMaskedYetCarriesNoValue() {
        Finding finding = only("GITHUB_TOKEN=\"" + CANARY + "\"\n", Rule.QUOTED_VALUE);

        assertThat(finding.fix().fixedLine()).contains("GITHUB_TOKEN=****");
        assertThat(finding.toString()).doesNotContain(CANARY);
        assertThat(finding.fix().repair()).contains(Repair.REMOVE_QUOTES);
    }

    @Test
    void adviceAloneAndFindingsOutsideTheEnvApplyNothing() {
        EnvFile env = EnvParser.parse("SNOWFLAKE_PASSWORD=a@b\n");
        assertThat(only("SNOWFLAKE_PASSWORD=a@b\n", Rule.SNOWFLAKE_PASSWORD_AT).applyTo(env)).isEmpty();
        Finding missing = EnvChecker.check(env, Optional.of(EnvSchema.parse("# [required]\nX=\n")), Optional.empty()).findings()
                .stream().filter(f -> f.rule() == Rule.REQUIRED_MISSING).findFirst().orElseThrow();
        assertThat(missing.applyTo(env)).isEmpty();
    }

    @Test
    void theMaskedTextHidesSecretValuesAndLinesWithoutEquals() {
        EnvFile env = EnvParser.parse("\uFEFF# warehouse\r\nSNOWFLAKE_USER=loader\r\nSNOWFLAKE_PASSWORD=" + CANARY + "\n" + CANARY + "\nexport API_KEY=k");

        assertThat(EnvMask.text(env, EnvSchema.EMPTY)).isEqualTo(
                "# warehouse\nSNOWFLAKE_USER=loader\nSNOWFLAKE_PASSWORD=****\n" + EnvMask.HIDDEN_LINE + "\nexport API_KEY=****");
    }

    private static String fixed(String text, Rule rule) {
        return only(text, rule).applyTo(EnvParser.parse(text)).orElseThrow().render();
    }

    private static Finding only(String text, Rule rule) {
        return EnvChecker.check(EnvParser.parse(text), Optional.empty(), Optional.empty()).findings().stream()
                .filter(f -> f.rule() == rule).reduce((a, b) -> {
                    throw new AssertionError("two " + rule + " findings");
                }).orElseThrow(() -> new AssertionError("no " + rule + " finding"));
    }
}
