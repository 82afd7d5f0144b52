package eltdeck.env;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.env.ComposeFile.VariableUse;
import eltdeck.env.Interpolation.Reference;
import org.junit.jupiter.api.Test;

class ComposeFileTest {

    @Test
    void readsTheAgentsEnvironmentInListForm() {
        ComposeFile compose = ComposeFile.parse("""
                services:
                  agent:
                    environment:
                      - FROM_ENV
                      - FIXED=value
                      - "QUOTED=${QUOTED}"
                """, "agent");

        assertThat(compose.problems()).isEmpty();
        assertThat(compose.hasAgent()).isTrue();
        assertThat(compose.agentReceives("FROM_ENV")).isTrue();
        assertThat(compose.agentReceives("FIXED")).isTrue();
        assertThat(compose.agentReceives("QUOTED")).isTrue();
        assertThat(compose.agentReceives("OTHER")).isFalse();
    }

    @Test
    void readsTheAgentsEnvironmentInMapFormWithAnchorsAndMergeKeys() {
        ComposeFile compose = ComposeFile.parse("""
                x-snowflake: &snowflake
                  SNOWFLAKE_USER: ${SNOWFLAKE_USER}
                x-dbt: &dbt
                  DBT_TARGET: prod
                services:
                  prefect-agent:
                    environment:
                      <<: [*snowflake, *dbt]
                      EMPTY:
                      PORT: 4200
                  other:
                    environment: *dbt
                """, "prefect-agent");

        assertThat(compose.agentReceives("SNOWFLAKE_USER")).isTrue();
        assertThat(compose.agentReceives("DBT_TARGET")).isTrue();
        assertThat(compose.agentReceives("EMPTY")).isTrue();
        assertThat(compose.agentReceives("PORT")).isTrue();
        assertThat(compose.variableUses()).containsExactly(new VariableUse("SNOWFLAKE_USER", 2, false));
    }

    @Test
    void findsEveryInterpolationFormWithItsLine() {
        ComposeFile compose = ComposeFile.parse("""
                services:
                  agent:
                    image: "${REGISTRY:-docker.io}/agent:$TAG"
                    # ${IN_A_COMMENT} is not interpolated
                    command: ["run", "${MODE:?set MODE}", "$$NOT_A_VARIABLE", "${A:-${NESTED}}"]
                """, "agent");

        assertThat(compose.variableUses()).containsExactly(
                new VariableUse("REGISTRY", 3, true), new VariableUse("TAG", 3, false),
                new VariableUse("MODE", 5, false), new VariableUse("A", 5, true), new VariableUse("NESTED", 5, false));
    }

    @Test
    void referencesKnowWhichFormsFallBack() {
        assertThat(Interpolation.references("${A} ${B:-x} ${C-x} ${D:?e} ${E?e} ${F:+x} ${G+x} $H $$I $$$J $ ${} $1"))
                .containsExactly(new Reference("A", false), new Reference("B", true), new Reference("C", true),
                        new Reference("D", false), new Reference("E", false), new Reference("F", true), new Reference("G", true),
                        new Reference("H", false), new Reference("J", false));
    }

    @Test
    void invalidYamlIsOneFindingAtItsLineNotAnException() {
        ComposeFile compose = ComposeFile.parse("services:\n  agent:\n    image: a: b\n", "agent");

        assertThat(compose.problems()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.COMPOSE_INVALID);
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).contains("not valid YAML").doesNotContain("image");
        });
        assertThat(compose.hasAgent()).isFalse();
        assertThat(compose.variableUses()).isEmpty();
    }

    @Test
    void anErrorAtTheEndOfTheTextPointsAtTheLastLine() {
        assertThat(ComposeFile.parse("a:\n  b: [1,\n", "agent").problems()).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(2));
    }

    @Test
    void anEmptyFileAScalarAnUndefinedAliasAndAMissingServiceAreFindings() {
        assertThat(ComposeFile.parse("", "agent").problems()).extracting(Finding::rule).containsExactly(Rule.COMPOSE_INVALID);
        assertThat(ComposeFile.parse("just text\n", "agent").problems()).extracting(Finding::rule).containsExactly(Rule.COMPOSE_INVALID);
        assertThat(ComposeFile.parse("services:\n  agent:\n    environment: *nowhere\n", "agent").problems())
                .extracting(Finding::rule).containsExactly(Rule.COMPOSE_INVALID);
        ComposeFile noAgent = ComposeFile.parse("version: '3'\nservices:\n  server: {}\n  ui: {}\n", "agent");
        assertThat(noAgent.problems()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.AGENT_SERVICE_MISSING);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).contains("server, ui");
        });
    }
}
