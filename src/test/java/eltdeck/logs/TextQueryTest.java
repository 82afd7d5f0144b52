package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextQueryTest {
    @Test
    void plainTextIsTakenLiterallyAndIgnoresCaseByDefault() {
        TextQuery query = TextQuery.of("a.b(", false, false);

        assertThat(query.error()).isEmpty();
        assertThat(query.matches("x A.B( y")).isTrue();
        assertThat(query.matches("axb(")).isFalse();
    }

    @Test
    void caseSensitivePlainText() {
        TextQuery query = TextQuery.of("Error", false, true);

        assertThat(query.matches("Error: x")).isTrue();
        assertThat(query.matches("ERROR: x")).isFalse();
    }

    @Test
    void regularExpressions() {
        TextQuery query = TextQuery.of("flow run \\d+ (failed|crashed)", true, false);

        assertThat(query.matches("Flow run 42 FAILED")).isTrue();
        assertThat(query.matches("flow run x failed")).isFalse();
    }

    @Test
    void invalidRegexGivesAMessageAndFiltersNothing() {
        TextQuery query = TextQuery.of("(unclosed", true, false);

        assertThat(query.error()).hasValueSatisfying(message -> assertThat(message)
                .isEqualTo("Not a valid regular expression: unclosed group at the end"));
        assertThat(TextQuery.of("a{x}", true, false).error())
                .hasValue("Not a valid regular expression: illegal repetition near character 3");
        assertThat(query.matches("anything")).isTrue();
        assertThat(query.find("(unclosed")).isEmpty();
    }

    @Test
    void emptyQueryMatchesEverythingAndMarksNothing() {
        assertThat(TextQuery.of("", true, true)).isSameAs(TextQuery.MATCH_ALL);
        assertThat(TextQuery.MATCH_ALL.isEmpty()).isTrue();
        assertThat(TextQuery.MATCH_ALL.matches("x")).isTrue();
        assertThat(TextQuery.MATCH_ALL.find("x")).isEmpty();
    }

    @Test
    void highlightFindsEveryMatchAndSkipsEmptyOnes() {
        assertThat(TextQuery.of("ab", false, false).find("ab xAB ab"))
                .containsExactly(new MatchRange(0, 2), new MatchRange(4, 6), new MatchRange(7, 9));
        assertThat(TextQuery.of("x*", true, false).find("axxb"))
                .containsExactly(new MatchRange(1, 3));
    }
}
