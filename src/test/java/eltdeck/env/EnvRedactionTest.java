package eltdeck.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.secret.CapturedLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** No {@code .env} value shows in what the env types print: their toString, the findings, exceptions, the log. */
class EnvRedactionTest {
    private static final String VALUE = "hunter2";
    /** The value where every rule that looks at a line fires, and once as a pasted line of its own. */
    private static final String ENV = String.join("\n",
            "POSTGRES_PASSWORD=" + VALUE + "-plain",
            " POSTGRES_PASSWORD = \"" + VALUE + "$x@y\" ",
            "export POSTGRES_PASSWORD=" + VALUE + "${HOME}",
            "POSTGRES_PASSWORD='" + VALUE + "-open",
            VALUE + "-pasted",
            VALUE + "-name=1",
            "SNOWFLAKE_PASSWORD=" + VALUE + "@account",
            "");
    private static final String COMPOSE = """
            services:
              agent:
                environment:
                  - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}
            """;

    @Test
    void everyEnvTypePrintsNamesAndLinesButNoValue() {
        EnvFile env = EnvParser.parse(ENV);
        EnvReport report = check(env);
        List<Object> printed = new ArrayList<>(env.entries());
        printed.addAll(env.lines());
        printed.addAll(report.findings());
        printed.add(report);
        report.findings().forEach(finding -> printed.add(finding.fix()));
        printed.add(Repair.REMOVE_QUOTES.of(env.line(2)));
        printed.add(EnvText.of(ENV));

        assertThat(report.findings()).extracting(Finding::rule)
                .contains(Rule.STRAY_WHITESPACE, Rule.QUOTED_VALUE, Rule.DOLLAR_IN_VALUE, Rule.MISSING_EQUALS, Rule.INVALID_NAME);
        assertThat(printed).allSatisfy(object -> assertThat(object.toString()).doesNotContain(VALUE));
        assertThat(env.entries().get(0)).hasToString("EnvEntry[POSTGRES_PASSWORD, line 1]");
        assertThat(EnvText.of(ENV)).hasToString("EnvText[****]");
    }

    @Test
    void aFixedLineOfAPlainVariableIsNotPrintedEither() {
        EnvFile env = EnvParser.parse("WAREHOUSE_USER=\"loader-" + VALUE + "\"\n");

        Fix fix = check(env).findings().get(0).fix();

        assertThat(fix.fixedLine()).contains("WAREHOUSE_USER=loader-" + VALUE);
        assertThat(fix.toString()).doesNotContain(VALUE).contains("REMOVE_QUOTES");
    }

    @Test
    void parsingCheckingAndRepairingLogNothingOfTheValue() {
        try (CapturedLog log = CapturedLog.start()) {
            EnvFile env = EnvParser.parse(ENV);
            EnvReport report = check(env);
            List<String> described = new ArrayList<>(List.of(report.summary(".env")));
            for (Finding finding : report.findings()) {
                described.addAll(finding.describe(".env"));
                env = finding.applyTo(env).orElse(env);
            }

            assertThat(described).noneMatch(line -> line.contains(VALUE));
            assertThat(log.text()).doesNotContain(VALUE);
        }
    }

    @Test
    void aRefusedEditSaysWhyWithoutTheValue() {
        EnvFile env = EnvParser.parse(ENV);

        assertThatThrownBy(() -> env.set("POSTGRES_PASSWORD", VALUE + "\nmore"))
                .hasMessageContaining("POSTGRES_PASSWORD").hasMessageNotContaining(VALUE);
    }

    private static EnvReport check(EnvFile env) {
        return EnvChecker.check(env, Optional.of(EnvSchema.EMPTY), Optional.of(ComposeFile.parse(COMPOSE, "agent")));
    }
}
