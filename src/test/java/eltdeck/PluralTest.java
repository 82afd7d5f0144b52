package eltdeck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void oneIsSingularEverythingElsePlural() {
        assertThat(Plural.of(1, "line")).isEqualTo("1 line");
        assertThat(Plural.of(0, "line")).isEqualTo("0 lines");
        assertThat(Plural.of(1024, "line")).isEqualTo("1024 lines");
        assertThat(Plural.word(1, "line")).isEqualTo("line");
        assertThat(Plural.of(2, "entry", "entries")).isEqualTo("2 entries");
    }
}
