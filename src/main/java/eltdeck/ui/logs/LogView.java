package eltdeck.ui.logs;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import eltdeck.Plural;
import eltdeck.logs.LogLine;
import java.io.File;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A live log viewer: toolbar, a virtualized list of styled lines, a "new lines" button while paused, and a
 * status bar. It asks its model for new lines every 100 ms while its window is showing.
 *
 * <p>Keys: Ctrl+F filter, End newest line and follow, Ctrl+C copy selected lines, Ctrl+S save shown lines.
 */
public final class LogView extends BorderPane {
    private static final Duration PULSE = Duration.millis(100);
    /** The keys, public for the app's list of shortcuts. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEWEST = new KeyCodeCombination(KeyCode.END);
    public static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final LogViewModel model;
    private final ListView<LogLine> list;
    private final LogToolbar toolbar;
    private final ScrollFollower follower;
    private final Timeline pulses = new Timeline(new KeyFrame(PULSE, e -> pulse()));
    /** Held in a field: the chain only watches its sources while someone holds and watches it. */
    private final ObservableValue<Boolean> showing;
    private File saveFolder;

    public LogView(LogViewModel model) {
        this.model = model;
        getStyleClass().add("log-view");
        getStylesheets().add(LogView.class.getResource("log-view.css").toExternalForm());

        list = new ListView<>(model.visibleLines());
        list.getStyleClass().add("log-list");
        list.setId("log-lines");
        list.setCellFactory(view -> new LogLineCell(model));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setContextMenu(contextMenu());
        follower = new ScrollFollower(list, model);
        model.lineFormatProperty().addListener((o, was, now) -> list.refresh());
        model.highlightProperty().addListener((o, was, now) -> list.refresh());

        toolbar = new LogToolbar(model, this::saveAs, model::clear);
        setTop(toolbar);
        setCenter(new StackPane(list, newLinesButton()));
        setBottom(statusBar());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        pulses.setCycleCount(Animation.INDEFINITE);
        showing = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((o, was, now) -> {
            if (now) {
                pulses.play();
            } else {
                pulses.stop();
            }
        });
    }

    private void pulse() {
        model.pulse();
        follower.afterPulse();
    }

    private void onKey(KeyEvent event) {
        if (FIND.match(event)) {
            toolbar.focusFilter();
        } else if (SAVE.match(event)) {
            saveAs(true);
        } else if (NEWEST.match(event) && !(event.getTarget() instanceof TextInputControl)) {
            model.jumpToBottom();
        } else if (COPY.match(event) && event.getTarget() == list) {
            copySelection();
        } else {
            return;
        }
        event.consume();
    }

    private Button newLinesButton() {
        Button button = new Button();
        button.setId("log-new-lines");
        button.getStyleClass().addAll("log-new-lines", Styles.ACCENT, Styles.ROUNDED);
        button.textProperty().bind(Bindings.createStringBinding(() -> grouped(model.newLinesProperty().get(), "new line") + " ↓",
                model.newLinesProperty()));
        button.visibleProperty().bind(model.followProperty().not().and(model.newLinesProperty().greaterThan(0)));
        button.setFocusTraversable(false);
        button.setOnAction(e -> model.jumpToBottom());
        StackPane.setAlignment(button, Pos.BOTTOM_CENTER);
        return button;
    }

    /** "1 line", "5,000 lines": long logs count in thousands. */
    private static String grouped(long count, String singular) {
        return String.format(Locale.ROOT, "%,d ", count) + Plural.word(count, singular);
    }

    private HBox statusBar() {
        Label counts = new Label();
        counts.setId("log-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> grouped(model.lineCountProperty().get(), "line")
                + " shown · " + String.format(Locale.ROOT, "%,d received · %,d dropped", model.receivedLinesProperty().get(),
                model.droppedLinesProperty().get()), model.lineCountProperty(), model.receivedLinesProperty(),
                model.droppedLinesProperty()));
        Label message = new Label();
        message.setId("log-message");
        // A query error matters more than the last status, and it is the thing to fix now.
        message.textProperty().bind(Bindings.when(model.filterErrorProperty().isNotEmpty()).then(model.filterErrorProperty())
                .otherwise(Bindings.when(model.highlightErrorProperty().isNotEmpty()).then(model.highlightErrorProperty())
                        .otherwise(model.statusProperty())));
        InvalidationListener markError = o -> message.pseudoClassStateChanged(Styles.STATE_DANGER,
                !model.filterErrorProperty().get().isEmpty() || !model.highlightErrorProperty().get().isEmpty());
        model.filterErrorProperty().addListener(markError);
        model.highlightErrorProperty().addListener(markError);
        HBox bar = new HBox(12, counts, new Spacer(), message);
        bar.getStyleClass().add("log-status");
        return bar;
    }

    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem("Copy");
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> copySelection());
        MenuItem selectAll = new MenuItem("Select all");
        selectAll.setOnAction(e -> list.getSelectionModel().selectAll());
        return new ContextMenu(copy, selectAll);
    }

    private void copySelection() {
        List<LogLine> selected = list.getSelectionModel().getSelectedIndices().stream().sorted()
                .map(list.getItems()::get).toList();
        if (!selected.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.copyText(selected));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void saveAs(boolean shownOnly) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(shownOnly ? "Save shown lines" : "Save all lines");
        chooser.setInitialFileName("logs-" + LocalDateTime.now().format(FILE_TIME) + ".log");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Log files", "*.log", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (saveFolder != null) {
            chooser.setInitialDirectory(saveFolder);
        }
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            saveFolder = file.getParentFile();
            model.save(file.toPath(), shownOnly);
        }
    }
}
