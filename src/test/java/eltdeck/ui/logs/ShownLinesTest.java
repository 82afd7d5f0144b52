package eltdeck.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.logs.LogLine;
import eltdeck.logs.StyledText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class ShownLinesTest {
    private static final Instant T0 = Instant.parse("2024-01-15T10:00:00Z");
    private final ShownLines shown = new ShownLines(5);
    private final List<String> changes = new ArrayList<>();

    ShownLinesTest() {
        shown.addListener((ListChangeListener<LogLine>) change -> {
            StringBuilder described = new StringBuilder();
            while (change.next()) {
                described.append(change.wasRemoved() ? "-" + change.getFrom() + "x" + change.getRemovedSize() : "")
                        .append(change.wasAdded() ? "+" + change.getFrom() + ".." + change.getTo() : "").append(' ');
            }
            changes.add(described.toString().trim());
        });
    }

    @Test
    void newerLinesAreAppendedInOneChange() {
        shown.merge(lines(1, 2, 3));
        shown.merge(lines(4));

        assertThat(seconds()).containsExactly(1, 2, 3, 4);
        assertThat(changes).containsExactly("+0..3", "+3..4");
    }

    @Test
    void theOldestLeaveInOneRemovalWhenFull() {
        shown.merge(lines(1, 2, 3, 4));

        shown.merge(lines(5, 6, 7));

        assertThat(seconds()).containsExactly(3, 4, 5, 6, 7);
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1)).isEqualTo("-0x2 +2..5");
    }

    @Test
    void olderLinesAreMergedIntoPlace() {
        shown.merge(lines(10, 20, 30));

        shown.merge(lines(15, 25, 35));

        assertThat(seconds()).containsExactly(15, 20, 25, 30, 35);
        assertThat(changes).hasSize(2);
    }

    @Test
    void aLateLineIsOnlyAddedWhereItBelongs() {
        shown.merge(lines(10, 20, 30));

        shown.merge(lines(15, 25));

        assertThat(seconds()).containsExactly(10, 15, 20, 25, 30);
        assertThat(changes.get(1)).isEqualTo("+1..2 +3..4");
    }

    @Test
    void aLateLineIntoAFullListMakesTheOldestLeave() {
        shown.merge(lines(10, 20, 30, 40, 50));

        shown.merge(lines(35));
        assertThat(seconds()).containsExactly(20, 30, 35, 40, 50);
        assertThat(changes.get(1)).isEqualTo("-0x1 +2..3");

        // Older than every line a full list keeps: it cannot be shown.
        shown.merge(lines(5));
        assertThat(seconds()).containsExactly(20, 30, 35, 40, 50);
    }

    @Test
    void replacingKeepsTheNewestThatFit() {
        shown.merge(lines(1, 2));

        shown.replaceWith(lines(IntStream.rangeClosed(10, 17).toArray()));

        assertThat(seconds()).containsExactly(13, 14, 15, 16, 17);
        shown.replaceWith(List.of());
        assertThat(shown).isEmpty();
    }

    @Test
    void othersCannotChangeIt() {
        assertThatThrownBy(() -> shown.add(lines(1).get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<LogLine> lines(int... seconds) {
        return IntStream.of(seconds)
                .mapToObj(s -> new LogLine("s", s, T0.plusSeconds(s), T0, StyledText.plain("at " + s), null))
                .toList();
    }

    private List<Integer> seconds() {
        return shown.stream().map(line -> (int) line.sequence()).toList();
    }
}
