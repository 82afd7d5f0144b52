package eltdeck.env;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedEnvDiffTest {
    private static final String CANARY = "CANARY-d1ff";

    @Test
    void showsOnlyChangedLinesWithTheirNumbers() {
        String before = "# db\nHOST=a\nPORT=1\n\nUSER=u\n";
        String after = "# db\nHOST=b\nPORT=1\n\nUSER=u\nNEW=x\n";

        assertThat(MaskedEnvDiff.lines(before, after, EnvSchema.EMPTY))
                .containsExactly("-   2  HOST=a", "+   2  HOST=b", "+   6  NEW=x");
        assertThat(MaskedEnvDiff.lines(before, before, EnvSchema.EMPTY)).isEmpty();
    }

    @Test
    void secretValuesAndLinesWithoutEqualsAreNeverShown() {
        EnvSchema schema = EnvSchema.parse("# [secret]\nWAREHOUSE_URL=\n");
        String before = "SNOWFLAKE_PASSWORD=old-" + CANARY + "\nWAREHOUSE_URL=x\n";
        String after = "SNOWFLAKE_PASSWORD=" + CANARY + "\nexport WAREHOUSE_URL=" + CANARY + "\n" + CANARY + "\n";

        assertThat(MaskedEnvDiff.lines(before, after, schema)).noneMatch(line -> line.contains(CANARY))
                .contains("-   1  SNOWFLAKE_PASSWORD=****", "+   1  SNOWFLAKE_PASSWORD=****",
                        "+   2  export WAREHOUSE_URL=****", "+   3  (a line without '=', not shown)");
    }
}
