package eltdeck.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.logs.LogBuffer;
import eltdeck.logs.LogLine;
import eltdeck.logs.SincePreset;
import eltdeck.logs.SourceLine;
import eltdeck.logs.TailPreset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model without a window: the FX thread and the worker are the test's own thread. */
class LogViewModelTest {
    private static final Instant T0 = Instant.parse("2024-01-15T10:00:00Z");
    private static final Executor NOW = Runnable::run;

    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private LogViewModel model = model(100, 1000, NOW);

    @Test
    void linesAppearInBatchesOnEachPulse() {
        add("agent", "one", "two");

        assertThat(shown()).isEmpty();
        model.pulse();
        assertThat(shown()).containsExactly("one", "two");

        add("agent", "three");
        model.pulse();
        assertThat(shown()).containsExactly("one", "two", "three");
        assertThat(model.lineCountProperty().get()).isEqualTo(3);
        assertThat(model.receivedLinesProperty().get()).isEqualTo(3);
    }

    @Test
    void pausedTheListHoldsStillAndCountsNewLines() {
        add("agent", "seen");
        model.pulse();

        model.followProperty().set(false);
        add("agent", "a", "b", "c");
        model.pulse();
        add("agent", "d");
        model.pulse();

        assertThat(shown()).containsExactly("seen");
        assertThat(model.newLinesProperty().get()).isEqualTo(4);

        model.jumpToBottom();

        assertThat(model.isFollow()).isTrue();
        assertThat(model.newLinesProperty().get()).isZero();
        assertThat(shown()).containsExactly("seen", "a", "b", "c", "d");
    }

    @Test
    void filterAppliesToShownAndNewLines() {
        add("agent", "INFO start", "ERROR boom", "INFO ok");
        model.pulse();

        model.filterTextProperty().set("error");
        assertThat(shown()).containsExactly("ERROR boom");

        add("agent", "error again", "fine");
        model.pulse();
        assertThat(shown()).containsExactly("ERROR boom", "error again");

        model.filterTextProperty().set("");
        assertThat(shown()).containsExactly("INFO start", "ERROR boom", "INFO ok", "error again", "fine");
    }

    @Test
    void regexAndCaseFlagsShapeTheFilter() {
        add("agent", "Error 1", "error 2", "warning 3");
        model.pulse();

        model.regexProperty().set(true);
        model.filterTextProperty().set("^(e|w)\\w+ \\d$");
        assertThat(shown()).containsExactly("Error 1", "error 2", "warning 3");

        model.caseSensitiveProperty().set(true);
        assertThat(shown()).containsExactly("error 2", "warning 3");
    }

    @Test
    void anInvalidRegexKeepsTheLastFilterAndSaysWhy() {
        add("agent", "alpha", "beta");
        model.pulse();
        model.regexProperty().set(true);
        model.filterTextProperty().set("alp");

        model.filterTextProperty().set("alp(");

        assertThat(model.filterErrorProperty().get()).startsWith("Not a valid regular expression");
        assertThat(shown()).containsExactly("alpha");

        model.filterTextProperty().set("bet");
        assertThat(model.filterErrorProperty().get()).isEmpty();
        assertThat(shown()).containsExactly("beta");
    }

    @Test
    void whilePausedOnlyMatchingLinesCount() {
        model.filterTextProperty().set("error");
        model.followProperty().set(false);

        add("agent", "error 1", "info", "error 2");
        model.pulse();

        assertThat(model.newLinesProperty().get()).isEqualTo(2);
    }

    @Test
    void highlightMarksWithoutFiltering() {
        add("agent", "the flow all-etl ran", "other");
        model.pulse();

        model.highlightTextProperty().set("ALL-ETL");

        assertThat(shown()).hasSize(2);
        assertThat(model.highlightProperty().get().find("the flow all-etl ran")).hasSize(1);

        model.regexProperty().set(true);
        model.highlightTextProperty().set("[");
        assertThat(model.highlightErrorProperty().get()).startsWith("Not a valid regular expression");
        assertThat(model.highlightProperty().get().find("[")).isEmpty();
    }

    @Test
    void theShownListIsBounded() {
        model = model(1000, 10, NOW);

        add("agent", IntStream.range(0, 25).mapToObj(i -> "line " + i).toArray(String[]::new));
        model.pulse();
        add("agent", "line 25");
        model.pulse();

        assertThat(shown()).hasSize(10).startsWith("line 16").endsWith("line 25");
        model.filterTextProperty().set("line 2");
        assertThat(shown()).containsExactly("line 2", "line 20", "line 21", "line 22", "line 23", "line 24", "line 25");
    }

    @Test
    void linesPushedOutOfTheBufferAreCounted() {
        model = model(5, 1000, NOW);

        add("agent", "1", "2", "3", "4", "5", "6", "7", "8");
        model.pulse();

        assertThat(model.droppedLinesProperty().get()).isEqualTo(3);
        assertThat(shown()).containsExactly("4", "5", "6", "7", "8");
    }

    @Test
    void aStreamsHistoryMergesInTimeOrder() {
        model.sink().accept("agent", List.of(at(10, "agent 10"), at(12, "agent 12")));
        model.pulse();

        model.sink().accept("server", List.of(at(1, "server 1"), at(11, "server 11"), at(13, "server 13")));
        model.pulse();

        assertThat(shown()).containsExactly("server 1", "agent 10", "server 11", "agent 12", "server 13");
    }

    @Test
    void aLateLineTakesItsPlaceFollowingOrPausedAndTheFilterStillApplies() {
        model.filterTextProperty().set("step");
        model.sink().accept("run", List.of(at(1, "step 1"), at(3, "step 3")));
        model.pulse();
        model.sink().accept("run", List.of(at(2, "step 2"), at(2, "noise 2")));
        model.pulse();
        assertThat(shown()).containsExactly("step 1", "step 2", "step 3");

        model.followProperty().set(false);
        model.sink().accept("run", List.of(at(5, "step 5")));
        model.pulse();
        model.sink().accept("run", List.of(at(4, "step 4"), at(4, "noise 4")));
        model.pulse();
        assertThat(shown()).containsExactly("step 1", "step 2", "step 3");
        assertThat(model.newLinesProperty().get()).isEqualTo(2);

        model.jumpToBottom();
        assertThat(shown()).containsExactly("step 1", "step 2", "step 3", "step 4", "step 5");
        assertThat(model.newLinesProperty().get()).isZero();
        model.filterTextProperty().set("");
        assertThat(shown()).containsExactly("step 1", "step 2", "noise 2", "step 3", "step 4", "noise 4", "step 5");
    }

    @Test
    void tagsAppearOnceASecondStreamDoesAndTimestampsOnRequest() {
        add("agent", "a");
        model.pulse();
        assertThat(model.lineFormatProperty().get().tagWidth()).isZero();

        add("postgres", "p");
        model.pulse();
        model.showTimestampsProperty().set(true);

        assertThat(model.lineFormatProperty().get().tagWidth()).isEqualTo(8);
        assertThat(model.lineFormatProperty().get().timestamps()).isTrue();
        assertThat(model.streamSlot("postgres")).isEqualTo(1);
        assertThat(model.copyText(model.visibleLines()))
                .isEqualTo("2024-01-15 11:00:00.000 agent    | a\n2024-01-15 11:00:00.000 postgres | p");
    }

    @Test
    void savesShownOrAllLines(@TempDir Path dir) throws IOException {
        add("agent", "keep", "drop");
        model.pulse();
        model.filterTextProperty().set("keep");

        model.save(dir.resolve("shown.log"), true);
        assertThat(model.statusProperty().get()).isEqualTo("Saved 1 line to " + dir.resolve("shown.log"));
        model.save(dir.resolve("all.log"), false);

        assertThat(Files.readString(dir.resolve("shown.log"))).isEqualTo("keep\n");
        assertThat(Files.readString(dir.resolve("all.log"))).isEqualTo("keep\ndrop\n");
    }

    @Test
    void aFailedSaveSaysWhy(@TempDir Path dir) {
        model.save(dir.resolve("missing").resolve("x.log"), false);

        assertThat(model.statusProperty().get()).endsWith(": the folder does not exist");
    }

    @Test
    void clearForgetsEverythingAndNewLinesStillCome() {
        add("agent", "old");
        model.pulse();

        model.clear();
        assertThat(shown()).isEmpty();
        assertThat(model.receivedLinesProperty().get()).isZero();

        add("agent", "new");
        model.pulse();
        assertThat(shown()).containsExactly("new");
    }

    @Test
    void pulsesWaitForARefilterAndOnlyTheNewestFilterIsShown() {
        Queue<Runnable> worker = new ArrayDeque<>();
        model = model(100, 1000, worker::add);
        add("agent", "apple", "banana", "cherry");
        model.pulse();

        model.filterTextProperty().set("an");
        model.filterTextProperty().set("err");
        add("agent", "berry");
        model.pulse();
        assertThat(shown()).containsExactly("apple", "banana", "cherry");

        worker.poll().run();
        assertThat(shown()).as("the outdated filter's result is dropped").containsExactly("apple", "banana", "cherry");
        worker.poll().run();
        assertThat(shown()).containsExactly("cherry", "berry");
    }

    @Test
    void anEndedStreamIsReported() {
        model.sink().ended("agent", null);
        assertThat(model.statusProperty().get()).isEqualTo("agent: the log stream ended");

        model.sink().ended("agent", new IOException("channel closed"));
        assertThat(model.statusProperty().get()).isEqualTo("agent: reading the log failed: channel closed");
    }

    @Test
    void tailAndSinceAreChoicesForTheOwner() {
        assertThat(model.tailProperty().get()).isEqualTo(TailPreset.LINES_1000);
        assertThat(model.sinceProperty().get()).isEqualTo(SincePreset.ALL);
    }

    private LogViewModel model(int linesPerStream, int visibleLimit, Executor worker) {
        return new LogViewModel(new LogBuffer(linesPerStream, clock), visibleLimit, worker, NOW, ZoneOffset.UTC);
    }

    private void add(String stream, String... texts) {
        model.sink().accept(stream, List.of(texts).stream().map(SourceLine::untimed).toList());
    }

    private static SourceLine at(int second, String text) {
        return new SourceLine(T0.plusSeconds(second), text);
    }

    private List<String> shown() {
        return model.visibleLines().stream().map(LogLine::plainText).toList();
    }
}
