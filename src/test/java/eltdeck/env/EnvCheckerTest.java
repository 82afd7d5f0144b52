package eltdeck.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvCheckerTest {

    @Test
    void mechanicalFixesGiveTheCorrectedLine() {
        assertThat(fixedLine("DBT_TARGET=\"prod\"", Rule.QUOTED_VALUE)).contains("DBT_TARGET=prod");
        assertThat(fixedLine("DBT_TARGET = prod ", Rule.STRAY_WHITESPACE)).contains("DBT_TARGET=prod");
        assertThat(fixedLine("PRICE=5$ or $$6 or $", Rule.DOLLAR_IN_VALUE)).contains("PRICE=5$$ or $$6 or $$");
        assertThat(fixedLine("export DBT_TARGET=prod", Rule.INVALID_NAME)).contains("DBT_TARGET=prod");
        assertThat(fixedLine("MY-VAR=1", Rule.INVALID_NAME)).isEmpty();
        assertThat(fixedLine("DBT_TARGET=\"prod", Rule.QUOTED_VALUE)).isEmpty();
    }

    @Test
    void eachFindingSaysWhatIsWrongAndPrintsAsFileLineSeverityRule() {
        Finding finding = only("SNOWFLAKE_USER='loader'", Rule.QUOTED_VALUE);

        assertThat(finding.describe("docker/.env")).containsExactly(
                "docker/.env:1: ERROR: quoted-value: SNOWFLAKE_USER has its value in quotes: compose 1.25 and older keep them"
                        + " as part of the value, later versions strip them",
                "    fix: Remove the quotes; a value needs none, even with spaces in it.",
                "    fixed line: SNOWFLAKE_USER=loader");
    }

    @Test
    void findingsComeInFileAndLineOrderAndTheReportCountsThem() {
        EnvReport report = EnvChecker.check(EnvParser.parse("B=$x\nA=\"1\"\nnope\n"), Optional.empty(), Optional.empty());

        assertThat(report.findings()).extracting(Finding::line).containsExactly(1, 2, 3);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.summary(".env")).isEqualTo(".env: 2 errors, 1 warning, 0 info; not checked: required variables"
                + " (no .env.example given); agent environment and ${NAME} uses (no compose file given)");
    }

    @Test
    void warningsAndInfoAloneAreNoError() {
        EnvReport report = EnvChecker.check(EnvParser.parse("A=1\r\nAPI_KEY=x\r\n"), Optional.of(EnvSchema.EMPTY), Optional.empty());

        assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.CRLF, Rule.SECRET_WITHOUT_PREFIX);
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void aVariableTheComposeFileAlsoInterpolatesIsStillReportedIfTheAgentLacksIt() {
        ComposeFile compose = ComposeFile.parse("services:\n  agent: {environment: [A]}\n  db:\n    image: pg:${PG_TAG}\n", "agent");

        EnvReport report = EnvChecker.check(EnvParser.parse("A=1\nPG_TAG=11\n"), Optional.empty(), Optional.of(compose));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.AGENT_NOT_RECEIVING);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).contains("PG_TAG").contains("uses it on line 4");
        });
    }

    private static Optional<String> fixedLine(String line, Rule rule) {
        return only(line, rule).fix().fixedLine();
    }

    private static Finding only(String line, Rule rule) {
        List<Finding> findings = EnvChecker.check(EnvParser.parse(line + "\n"), Optional.empty(), Optional.empty()).findings();
        return findings.stream().filter(f -> f.rule() == rule).reduce((a, b) -> {
            throw new AssertionError("two " + rule + " findings");
        }).orElseThrow(() -> new AssertionError("no " + rule + " finding in " + findings));
    }
}
