package eltdeck.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnvFileTest {

    @Test
    void modelsEntriesWithLineNumbersAndKeepsEveryOtherLine() {
        EnvFile file = EnvParser.parse("# Snowflake\n\nSNOWFLAKE_USER = loader\nnot a pair\nURL=http://x/?a=b\n");

        assertThat(file.entries()).containsExactly(
                new EnvEntry("SNOWFLAKE_USER", " loader", 3),
                new EnvEntry("URL", "http://x/?a=b", 5));
        assertThat(file.lines()).extracting(EnvLine::kind).containsExactly(
                EnvLine.Kind.COMMENT, EnvLine.Kind.BLANK, EnvLine.Kind.ENTRY, EnvLine.Kind.MISSING_EQUALS, EnvLine.Kind.ENTRY);
        assertThat(file.line(3).rawName()).isEqualTo("SNOWFLAKE_USER ");
    }

    @Test
    void reportsBomAndCrlfAndRendersThemUnchanged() {
        String text = "\uFEFFA=1\r\nB=2\nC=3\r\n";
        EnvFile file = EnvParser.parse(text);

        assertThat(file.hasBom()).isTrue();
        assertThat(file.crlfLines()).containsExactly(1, 3);
        assertThat(file.line(1).text()).isEqualTo("A=1");
        assertThat(file.render()).isEqualTo(text);
        assertThat(file.withoutBom().withLfEndings().render()).isEqualTo("A=1\nB=2\nC=3\n");
    }

    @Test
    void settingAnExistingVariableRewritesOnlyItsLine() {
        EnvFile file = EnvParser.parse("# keep me  \nA = \"old\"\r\nB=2");

        assertThat(file.set("A", "new").render()).isEqualTo("# keep me  \nA=new\r\nB=2");
    }

    @Test
    void settingADuplicatedVariableRewritesTheLastLineTheOneComposeUses() {
        EnvFile file = EnvParser.parse("A=1\nA=2\n");

        assertThat(file.set("A", "3").render()).isEqualTo("A=1\nA=3\n");
        assertThat(file.entry("A").map(EnvEntry::line)).contains(2);
    }

    @Test
    void appendingKeepsTheFilesLineBreaksAndItsHabitAboutAFinalBreak() {
        assertThat(EnvParser.parse("A=1\n").set("B", "2").render()).isEqualTo("A=1\nB=2\n");
        assertThat(EnvParser.parse("A=1").set("B", "2").render()).isEqualTo("A=1\nB=2");
        assertThat(EnvParser.parse("A=1\r\nC=3\r\n").set("B", "2").render()).isEqualTo("A=1\r\nC=3\r\nB=2\r\n");
        assertThat(EnvParser.parse("").set("B", "2").render()).isEqualTo("B=2\n");
        assertThat(EnvParser.parse("\uFEFFA=1\n").set("B", "2").render()).isEqualTo("\uFEFFA=1\nB=2\n");
    }

    @Test
    void removingDeletesEveryLineOfThatNameAndNothingElse() {
        EnvFile file = EnvParser.parse("A=1\n# A=commented stays\nB=2\n A =3\n");

        assertThat(file.remove("A").render()).isEqualTo("# A=commented stays\nB=2\n");
        assertThat(file.remove("MISSING").render()).isEqualTo(file.render());
    }

    @Test
    void refusesInvalidEditsWithoutShowingTheValue() {
        EnvFile file = EnvParser.parse("A=1\n");

        assertThatThrownBy(() -> file.set("MY-VAR", "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MY-VAR");
        assertThatThrownBy(() -> file.set("DB_PASSWORD", "canary-pw\nINJECTED=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DB_PASSWORD")
                .hasMessageNotContaining("canary-pw");
    }

    @Test
    void theEffectiveEntryOfEachNameIsItsLast() {
        EnvFile file = EnvParser.parse("A=1\nB=1\nA=2\n");

        assertThat(file.effectiveEntries()).containsExactly(new EnvEntry("B", "1", 2), new EnvEntry("A", "2", 3));
    }
}
