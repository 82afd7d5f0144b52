package eltdeck.ui.prefect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StartAxisFormatTest {
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 7, 21, 45, 43);

    @Test
    void theLabelsAreAsFineAsTheSpanOfTheRuns() {
        assertThat(label(Duration.ofSeconds(40))).isEqualTo("21:45:43");
        assertThat(label(Duration.ofMinutes(9))).isEqualTo("21:45:43");
        assertThat(label(Duration.ofMinutes(10))).isEqualTo("21:45");
        assertThat(label(Duration.ofHours(19))).isEqualTo("21:45");
        assertThat(label(Duration.ofHours(20))).as("a day apart: the same hour twice").isEqualTo("7 Dec 21:45");
        assertThat(label(Duration.ofDays(3))).isEqualTo("7 Dec 21:45");
        assertThat(label(Duration.ofDays(4))).isEqualTo("7 Dec");
        assertThat(label(Duration.ofDays(60))).isEqualTo("7 Dec");
    }

    private static String label(Duration span) {
        return StartAxisFormat.forSpan(span).withLocale(java.util.Locale.ENGLISH).format(START);
    }
}
