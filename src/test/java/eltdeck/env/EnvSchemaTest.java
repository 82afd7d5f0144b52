package eltdeck.env;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvSchemaTest {
    private static final String EXAMPLE = """
            # Stack settings (a section header: the blank line below detaches it).

            # Snowflake login of the flows.
            # [Required]
            SNOWFLAKE_USER=loader
            # The password of that user;
            # see the vault.
            # [required, secret]
            SNOWFLAKE_PASSWORD=
            # [optional secret]
            DB_URL=
            GITHUB_TOKEN=
            DBT_TARGET=dev
            """;

    @Test
    void readsDescriptionsAndMarkersFromTheCommentBlockAboveEachVariable() {
        EnvSchema schema = EnvSchema.parse(EXAMPLE);

        assertThat(schema.variables()).containsExactly(
                new SchemaVariable("SNOWFLAKE_USER", "Snowflake login of the flows.", true, false, 5),
                new SchemaVariable("SNOWFLAKE_PASSWORD", "The password of that user; see the vault.", true, true, 9),
                new SchemaVariable("DB_URL", "", false, true, 11),
                new SchemaVariable("GITHUB_TOKEN", "", false, true, 12),
                new SchemaVariable("DBT_TARGET", "", false, false, 13));
        assertThat(schema.problems()).isEmpty();
    }

    @Test
    void aNameIsSecretWhenMarkedOrNamedLikeASecretEvenOutsideTheSchema() {
        EnvSchema schema = EnvSchema.parse(EXAMPLE);

        assertThat(schema.isSecret("DB_URL")).isTrue();
        assertThat(schema.isSecret("AIRBYTE_API_KEY")).isTrue();
        assertThat(schema.isSecret("prefect_auth_token")).isTrue();
        assertThat(schema.isSecret("DBT_TARGET")).isFalse();
        assertThat(EnvSchema.EMPTY.isSecret("SNOWFLAKE_PASSWORD")).isTrue();
        assertThat(schema.shownLine("DB_URL", "postgres://u:pw@h/db")).isEqualTo("DB_URL=****");
        assertThat(schema.shownLine("DBT_TARGET", "prod")).isEqualTo("DBT_TARGET=prod");
    }

    @Test
    void reportsUnknownContradictoryAndDetachedMarkers() {
        EnvSchema schema = EnvSchema.parse("# [requierd]\nA=\n# [required,optional]\nB=\n# [secret]\n\nC=\n# [required]");

        assertThat(schema.problems()).extracting(Finding::line).containsExactly(1, 4, 5, 8);
        assertThat(schema.problems()).allMatch(f -> f.rule() == Rule.EXAMPLE_MARKER && f.source() == Source.EXAMPLE);
        assertThat(schema.problems().get(0).message()).contains("'requierd'");
        assertThat(schema.variable("C").map(SchemaVariable::secret)).contains(false);
    }
}
