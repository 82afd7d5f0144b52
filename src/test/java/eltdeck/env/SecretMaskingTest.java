package eltdeck.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A canary secret value, placed wherever a rule fires, never shows in any finding's text. */
class SecretMaskingTest {
    private static final String CANARY = "CANARY-s3cr3t";

    private static final String EXAMPLE = """
            # Connection string with the database password in it.
            # [required, secret]
            WAREHOUSE_URL=
            """;
    private static final String COMPOSE = """
            services:
              agent:
                environment:
                  - SNOWFLAKE_PASSWORD
            """;

    @Test
    void everyRuleThatQuotesALineMasksTheSecretValue() {
        String env = String.join("\n",
                "SNOWFLAKE_PASSWORD=\"" + CANARY + "@x$y\"",
                " SNOWFLAKE_PASSWORD = " + CANARY + " ",
                "export GITHUB_TOKEN=" + CANARY,
                "WAREHOUSE_URL='" + CANARY + "'",
                "WAREHOUSE_URL=" + CANARY + "$",
                CANARY,
                "MY-SECRET=" + CANARY,
                "");

        List<Finding> findings = check(env, COMPOSE + "    image: a: " + CANARY + "\n");

        assertThat(findings).extracting(Finding::rule).contains(Rule.QUOTED_VALUE, Rule.STRAY_WHITESPACE, Rule.INVALID_NAME,
                Rule.DOLLAR_IN_VALUE, Rule.SNOWFLAKE_PASSWORD_AT, Rule.MISSING_EQUALS, Rule.DUPLICATE_NAME, Rule.COMPOSE_INVALID);
        assertThat(findings.stream().flatMap(f -> f.fix().fixedLine().stream())).isNotEmpty().allMatch(line -> line.endsWith("=****"));
        assertThat(texts(findings)).noneMatch(text -> text.contains(CANARY));
    }

    @Property
    void noFindingTextContainsASecretValue(@ForAll("secretValues") String value, @ForAll("lineTemplates") String template) {
        String env = template.replace("%", value) + "\n";

        List<Finding> findings = check(env, COMPOSE);

        assertThat(texts(findings)).noneMatch(text -> text.contains(CANARY));
    }

    /**
     * The canary wrapped in characters that trip the rules. No letters: on the bare "%" line, text before
     * an '=' that forms a valid name would make the line a variable of that (non-secret) name.
     */
    @Provide
    Arbitrary<String> secretValues() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("$@\"' =#\t{}").ofMaxLength(6);
        return noise.flatMap(before -> noise.map(after -> before + CANARY + after));
    }

    @Provide
    Arbitrary<String> lineTemplates() {
        return Arbitraries.of("SNOWFLAKE_PASSWORD=%", "  SNOWFLAKE_PASSWORD = %", "SNOWFLAKE_PASSWORD=\"%\"", "export API_KEY=%",
                "WAREHOUSE_URL=%", "WAREHOUSE_URL='%'", "%", "PREFECT__CONTEXT__SECRETS__TOKEN=%  ", "DB_PASSWORD=%\nDB_PASSWORD=%");
    }

    private static List<Finding> check(String env, String compose) {
        return EnvChecker.check(EnvParser.parse(env), Optional.of(EnvSchema.parse(EXAMPLE)),
                Optional.of(ComposeFile.parse(compose, "agent"))).findings();
    }

    private static List<String> texts(List<Finding> findings) {
        return findings.stream().flatMap(f -> Stream.concat(f.describe(".env").stream(), Stream.of(f.toString()))).toList();
    }
}
