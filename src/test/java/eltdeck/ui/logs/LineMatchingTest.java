package eltdeck.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.logs.LogLine;
import eltdeck.logs.StyledText;
import eltdeck.logs.TextQuery;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which lines pass a filter: a pulse's new lines, or the newest of the whole buffer after the filter changed. */
class LineMatchingTest {
    private static final Instant T0 = Instant.parse("2024-01-15T10:00:00Z");
    private static final List<LogLine> LINES = IntStream.rangeClosed(1, 10)
            .mapToObj(s -> new LogLine("s", s, T0.plusSeconds(s), T0, StyledText.plain((s % 2 == 0 ? "even " : "odd ") + s), null))
            .toList();

    @Test
    void anEmptyQueryPassesEveryLine() {
        assertThat(LineMatching.matching(LINES, TextQuery.MATCH_ALL)).isSameAs(LINES);
    }

    @Test
    void aQueryKeepsTheMatchingLinesInOrder() {
        assertThat(LineMatching.matching(LINES, TextQuery.of("odd", false, false)))
                .extracting(LogLine::sequence).containsExactly(1L, 3L, 5L, 7L, 9L);
    }

    @Test
    void aRefilterKeepsOnlyTheNewestMatchesUpToTheLimitOldestFirst() {
        assertThat(LineMatching.newestMatching(LINES, TextQuery.of("even", false, false), 3))
                .extracting(LogLine::sequence).containsExactly(6L, 8L, 10L);
    }

    @Test
    void fewerMatchesThanTheLimitAreAllKept() {
        assertThat(LineMatching.newestMatching(LINES, TextQuery.of("^odd [13]$", true, false), 5))
                .extracting(LogLine::sequence).containsExactly(1L, 3L);
    }
}
