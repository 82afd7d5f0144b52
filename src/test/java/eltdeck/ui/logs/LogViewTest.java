package eltdeck.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import eltdeck.logs.LogLine;
import eltdeck.logs.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The log view in a real stage (headless by default), fed faster than any container prints. */
@ExtendWith(ApplicationExtension.class)
class LogViewTest {
    private static final int BURST = 50_000;
    private static final int BATCH = 1_000;
    /** Monocle's headless robot turns the wheel the other way round than a real display does. */
    private static final VerticalDirection WHEEL_UP =
            "Monocle".equals(System.getProperty("glass.platform")) ? VerticalDirection.DOWN : VerticalDirection.UP;

    private LogViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new LogViewModel();
        stage.setScene(new Scene(new LogView(model), 1000, 500));
        stage.show();
    }

    @Test
    void followsPausesOnScrollResumesOnEndAndFilters(FxRobot robot) throws Exception {
        feed(0, BURST);
        waitUntil(() -> lastVisibleText(robot).equals(plain(BURST - 1)));
        assertThat(fx(model::isFollow)).isTrue();
        assertThat(fx(() -> model.visibleLines().size())).isEqualTo(BURST);

        robot.clickOn("#log-lines");
        robot.scroll(10, WHEEL_UP);
        waitUntil(() -> !model.isFollow());
        feed(BURST, 5_000);
        waitUntil(() -> model.newLinesProperty().get() == 5_000);
        Node newLines = robot.lookup("#log-new-lines").query();
        assertThat(fx(newLines::isVisible)).isTrue();
        assertThat(robot.lookup("#log-new-lines").queryButton().getText()).isEqualTo("5,000 new lines ↓");
        assertThat(fx(() -> model.visibleLines().size())).as("paused, the list holds still").isEqualTo(BURST);

        robot.type(KeyCode.END);
        waitUntil(() -> lastVisibleText(robot).equals(plain(BURST + 4_999)));
        assertThat(fx(model::isFollow)).isTrue();
        assertThat(fx(newLines::isVisible)).isFalse();

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL).write("line 4242");
        waitUntil(() -> model.visibleLines().size() == 11);
        assertThat(fx(() -> model.visibleLines().stream().map(LogLine::plainText).toList()))
                .allSatisfy(line -> assertThat(line).contains("line 4242"));
    }

    @Test
    void theCountsSayOneLineNotOneLines(FxRobot robot) throws Exception {
        feed(0, 1);
        waitUntil(() -> model.visibleLines().size() == 1);
        waitUntil(() -> robot.lookup("#log-counts").queryLabeled().getText().startsWith("1 line shown · 1 received"));
    }

    @Test
    void ctrlCCopiesTheSelectedLinesAsShown(FxRobot robot) throws Exception {
        feed(0, 3);
        waitUntil(() -> model.visibleLines().size() == 3);

        robot.clickOn("#log-lines");
        robot.interact(() -> robot.lookup("#log-lines").queryListView().getSelectionModel().selectRange(0, 2));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);

        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("line 0\nline 1");
    }

    @Test
    void tailAndSinceShowOnlyWhereTheOwnerFetchesByThem(FxRobot robot) throws Exception {
        Node choices = robot.lookup("#log-fetch-choices").query();
        assertThat(fx(() -> choices.isVisible() || choices.isManaged())).isFalse();

        robot.interact(() -> model.fetchChoicesProperty().set(true));

        assertThat(fx(() -> choices.isVisible() && choices.isManaged())).isTrue();
    }

    /** Lines {@code from} to {@code from + count - 1}, as fast as a thread can hand them over. */
    private void feed(int from, int count) throws InterruptedException {
        Thread feeder = new Thread(() -> {
            for (int start = from; start < from + count; start += BATCH) {
                List<SourceLine> batch = new ArrayList<>(BATCH);
                IntStream.range(start, Math.min(start + BATCH, from + count)).forEach(i -> batch.add(SourceLine.untimed(text(i))));
                model.sink().accept("feed", batch);
            }
        }, "test-feed");
        feeder.start();
        feeder.join();
    }

    /** Line i as a source prints it, coloured. */
    private static String text(int i) {
        return "\u001b[32mline\u001b[0m " + i;
    }

    /** Line i as it is shown. */
    private static String plain(int i) {
        return "line " + i;
    }

    /** The text of the last line in view, read on the FX thread. */
    private String lastVisibleText(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#log-lines").queryListView();
        return fx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
            IndexedCell<?> cell = flow == null ? null : flow.getLastVisibleCell();
            Object item = cell instanceof ListCell<?> listCell ? listCell.getItem() : null;
            return item instanceof LogLine line ? line.plainText() : "";
        });
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
    }
}
