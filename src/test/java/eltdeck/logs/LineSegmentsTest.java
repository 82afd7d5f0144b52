package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.logs.LineSegments.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSegmentsTest {
    private static final TextStyle RED = new TextStyle(AnsiColor.standard(1), null, false, false, false, false);

    @Test
    void withoutHighlightsTheSpansAreTheSegments() {
        StyledText text = AnsiParser.parse("\u001b[31mred\u001b[0m plain");

        assertThat(LineSegments.of(text, List.of())).containsExactly(
                new Segment(0, 3, RED, false), new Segment(3, 9, TextStyle.PLAIN, false));
    }

    @Test
    void highlightsCutSpansAndCrossTheirBorders() {
        StyledText text = AnsiParser.parse("\u001b[31mred\u001b[0m plain");

        List<Segment> segments = LineSegments.of(text, List.of(new MatchRange(1, 5), new MatchRange(7, 9)));

        assertThat(segments).containsExactly(
                new Segment(0, 1, RED, false),
                new Segment(1, 3, RED, true),
                new Segment(3, 5, TextStyle.PLAIN, true),
                new Segment(5, 7, TextStyle.PLAIN, false),
                new Segment(7, 9, TextStyle.PLAIN, true));
    }

    @Test
    void emptyTextHasNoSegments() {
        assertThat(LineSegments.of(StyledText.plain(""), List.of())).isEmpty();
    }
}
