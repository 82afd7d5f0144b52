package eltdeck.ui.logs;

import eltdeck.logs.LogBuffer;
import eltdeck.logs.LogLine;
import eltdeck.logs.LogLineFormat;
import eltdeck.logs.LogSink;
import eltdeck.logs.SincePreset;
import eltdeck.logs.SourceLine;
import eltdeck.logs.StreamTags;
import eltdeck.logs.TailPreset;
import eltdeck.logs.TextQuery;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The state of one log view: the lines of its streams, which of them are shown, and how.
 *
 * <p>Threading: sources append through {@link #sink()} on their own threads, into a bounded buffer; everything
 * else runs on the FX thread. Lines reach the shown list only in {@link #pulse()}, which the view calls every
 * 100 ms, so a source printing 50k lines/s makes ten list changes a second rather than 50k. Re-filtering all
 * lines and saving run on a worker thread.
 *
 * <p>While following, each pulse appends the new lines that pass the filter. While paused (the user scrolled
 * up), the shown list holds still and the new lines are only counted; they are shown when following resumes.
 */
public final class LogViewModel {
    public static final int DEFAULT_VISIBLE_LIMIT = 100_000;

    private final LogBuffer buffer;
    private final int visibleLimit;
    private final Executor worker;
    private final Executor fxThread;
    private final ZoneId zone;
    private final StreamTags tags = new StreamTags();
    private final ShownLines visible;
    private final LogFileSaver saver;

    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final ReadOnlyIntegerWrapper newLines = new ReadOnlyIntegerWrapper(this, "newLines");
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final StringProperty highlightText = new SimpleStringProperty(this, "highlightText", "");
    private final BooleanProperty regex = new SimpleBooleanProperty(this, "regex");
    private final BooleanProperty caseSensitive = new SimpleBooleanProperty(this, "caseSensitive");
    private final BooleanProperty showTimestamps = new SimpleBooleanProperty(this, "showTimestamps");
    private final ReadOnlyObjectWrapper<TextQuery> highlight = new ReadOnlyObjectWrapper<>(this, "highlight", TextQuery.MATCH_ALL);
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper(this, "filterError", "");
    private final ReadOnlyStringWrapper highlightError = new ReadOnlyStringWrapper(this, "highlightError", "");
    private final ReadOnlyObjectWrapper<LogLineFormat> lineFormat = new ReadOnlyObjectWrapper<>(this, "lineFormat");
    private final ReadOnlyIntegerWrapper lineCount = new ReadOnlyIntegerWrapper(this, "lineCount");
    private final ReadOnlyLongWrapper receivedLines = new ReadOnlyLongWrapper(this, "receivedLines");
    private final ReadOnlyLongWrapper droppedLines = new ReadOnlyLongWrapper(this, "droppedLines");
    private final ObjectProperty<TailPreset> tail = new SimpleObjectProperty<>(this, "tail", TailPreset.LINES_1000);
    private final ObjectProperty<SincePreset> since = new SimpleObjectProperty<>(this, "since", SincePreset.ALL);
    /** Whether the owner re-fetches its sources by {@link #tail} and {@link #since}; off, the view hides both. */
    private final BooleanProperty fetchChoices = new SimpleBooleanProperty(this, "fetchChoices");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private final LogSink sink = new LogSink() {
        @Override
        public void accept(String stream, List<SourceLine> lines) {
            buffer.append(stream, lines);
        }

        @Override
        public void ended(String stream, Exception error) {
            String message = error == null ? stream + ": the log stream ended" : stream + ": reading the log failed: " + error.getMessage();
            fxThread.execute(() -> status.set(message));
        }
    };

    /** The last valid filter; an invalid one leaves it in force and shows its error. */
    private TextQuery filter = TextQuery.MATCH_ALL;
    /** The shown list has taken in every line up to this sequence. */
    private long shownUpTo;
    /** While paused, {@link #newLines} has counted every line up to this sequence. */
    private long countedUpTo;
    private int refilterGeneration;
    private boolean refiltering;

    /** A view model for the FX thread with a buffer of the default size. */
    public LogViewModel() {
        this(new LogBuffer(), DEFAULT_VISIBLE_LIMIT, newWorker(), Platform::runLater, ZoneId.systemDefault());
    }

    /**
     * @param worker   runs re-filtering and saving, one task at a time
     * @param fxThread runs work on the thread that owns this model's properties
     */
    public LogViewModel(LogBuffer buffer, int visibleLimit, Executor worker, Executor fxThread, ZoneId zone) {
        this.buffer = buffer;
        this.visibleLimit = visibleLimit;
        this.visible = new ShownLines(visibleLimit);
        this.worker = worker;
        this.fxThread = fxThread;
        this.zone = zone;
        this.saver = new LogFileSaver(worker, fxThread);
        updateLineFormat();
        InvalidationListener filterChanged = o -> updateFilter();
        InvalidationListener highlightChanged = o -> updateHighlight();
        for (Observable flag : List.of(regex, caseSensitive)) {
            flag.addListener(filterChanged);
            flag.addListener(highlightChanged);
        }
        filterText.addListener(filterChanged);
        highlightText.addListener(highlightChanged);
        showTimestamps.addListener(o -> updateLineFormat());
        follow.addListener((o, was, following) -> followChanged(following));
    }

    /** Where sources deliver their lines; safe on any thread. */
    public LogSink sink() {
        return sink;
    }

    /** Moves the lines that arrived since the last pulse into the shown list in one batch (FX thread). */
    public void pulse() {
        receivedLines.set(buffer.appended());
        droppedLines.set(buffer.dropped());
        if (refiltering) {
            return;
        }
        if (follow.get()) {
            showNewLines();
        } else {
            countNewLines();
        }
    }

    /** Shows the newest lines and follows again (End, the "new lines" button). */
    public void jumpToBottom() {
        follow.set(true);
    }

    /** Forgets every line received so far. */
    public void clear() {
        refilterGeneration++;
        refiltering = false;
        buffer.clear();
        visible.replaceWith(List.of());
        newLines.set(0);
        lineCount.set(0);
        receivedLines.set(0);
        droppedLines.set(0);
        status.set("");
    }

    /** The lines as text, formatted as they are shown, for the clipboard. */
    public String copyText(List<LogLine> lines) {
        LogLineFormat format = lineFormat.get();
        return lines.stream().map(format::format).collect(Collectors.joining("\n"));
    }

    /**
     * Saves the shown lines, or all lines of every stream, to the file on the worker thread; the outcome
     * appears in {@link #statusProperty()}.
     */
    public void save(Path target, boolean shownOnly) {
        List<LogLine> shown = shownOnly ? List.copyOf(visible) : null;
        saver.save(target, () -> shown != null ? shown : buffer.linesAfter(0).lines(), lineFormat.get(), status::set);
    }

    /** The colour slot of a stream's tag. */
    public int streamSlot(String stream) {
        return tags.slot(stream);
    }

    /** The lines shown, oldest first; read-only. */
    public ObservableList<LogLine> visibleLines() {
        return visible;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    public boolean isFollow() {
        return follow.get();
    }

    /** Lines that arrived (and pass the filter) while paused. */
    public ReadOnlyIntegerProperty newLinesProperty() {
        return newLines.getReadOnlyProperty();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public StringProperty highlightTextProperty() {
        return highlightText;
    }

    /** Filter and highlight are regular expressions rather than plain text. */
    public BooleanProperty regexProperty() {
        return regex;
    }

    public BooleanProperty caseSensitiveProperty() {
        return caseSensitive;
    }

    public BooleanProperty showTimestampsProperty() {
        return showTimestamps;
    }

    public ReadOnlyObjectProperty<TextQuery> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** Why the filter text is not a valid expression (the last valid filter stays in force); empty when it is. */
    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    /** Why the highlight text is not a valid expression (nothing is marked); empty when it is. */
    public ReadOnlyStringProperty highlightErrorProperty() {
        return highlightError.getReadOnlyProperty();
    }

    /** How lines read (timestamps, stream tags); changes when timestamps are toggled or a stream appears. */
    public ReadOnlyObjectProperty<LogLineFormat> lineFormatProperty() {
        return lineFormat.getReadOnlyProperty();
    }

    /** Lines shown. */
    public ReadOnlyIntegerProperty lineCountProperty() {
        return lineCount.getReadOnlyProperty();
    }

    /** Lines received since the start or the last clear. */
    public ReadOnlyLongProperty receivedLinesProperty() {
        return receivedLines.getReadOnlyProperty();
    }

    /** Lines pushed out of the bounded buffer by newer ones. */
    public ReadOnlyLongProperty droppedLinesProperty() {
        return droppedLines.getReadOnlyProperty();
    }

    /**
     * On when the owner honours {@link #tailProperty} and {@link #sinceProperty} (e.g. {@code docker logs --tail
     * --since}); sources that always deliver everything (a run's log, a job's log, dbt's output) leave it off.
     */
    public BooleanProperty fetchChoicesProperty() {
        return fetchChoices;
    }

    /** How many earlier lines the owner should fetch when it (re)starts its sources. */
    public ObjectProperty<TailPreset> tailProperty() {
        return tail;
    }

    /** How far back the owner should fetch when it (re)starts its sources. */
    public ObjectProperty<SincePreset> sinceProperty() {
        return since;
    }

    /** The last thing worth telling: a save's outcome, a stream that ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void showNewLines() {
        LogBuffer.Slice slice = buffer.linesAfter(shownUpTo);
        shownUpTo = slice.lastSequence();
        register(slice.lines());
        visible.merge(LineMatching.matching(slice.lines(), filter));
        lineCount.set(visible.size());
    }

    private void countNewLines() {
        LogBuffer.Slice slice = buffer.linesAfter(Math.max(countedUpTo, shownUpTo));
        countedUpTo = slice.lastSequence();
        newLines.set(newLines.get() + LineMatching.matching(slice.lines(), filter).size());
    }

    private void followChanged(boolean following) {
        if (following) {
            newLines.set(0);
            if (!refiltering) {
                showNewLines();
            }
        } else {
            countedUpTo = shownUpTo;
        }
    }

    private void updateFilter() {
        TextQuery next = TextQuery.of(filterText.get(), regex.get(), caseSensitive.get());
        filterError.set(next.error().orElse(""));
        if (next.error().isPresent() || (next.isEmpty() && filter.isEmpty())) {
            return;
        }
        filter = next;
        refilter();
    }

    private void updateHighlight() {
        TextQuery next = TextQuery.of(highlightText.get(), regex.get(), caseSensitive.get());
        highlightError.set(next.error().orElse(""));
        highlight.set(next);
    }

    /** Filters every buffered line anew on the worker; pulses wait until the result is shown. */
    private void refilter() {
        int generation = ++refilterGeneration;
        refiltering = true;
        TextQuery query = filter;
        worker.execute(() -> {
            LogBuffer.Slice slice = buffer.linesAfter(0);
            List<LogLine> matching = LineMatching.newestMatching(slice.lines(), query, visibleLimit);
            fxThread.execute(() -> showRefiltered(generation, slice, matching));
        });
    }

    private void showRefiltered(int generation, LogBuffer.Slice slice, List<LogLine> matching) {
        if (generation != refilterGeneration) {
            return; // a newer filter or a clear came in the meantime
        }
        refiltering = false;
        shownUpTo = slice.lastSequence();
        newLines.set(0);
        register(slice.lines());
        visible.replaceWith(matching);
        lineCount.set(visible.size());
    }

    private void register(List<LogLine> lines) {
        boolean added = false;
        for (LogLine line : lines) {
            added |= tags.register(line.stream());
        }
        if (added) {
            updateLineFormat();
        }
    }

    private void updateLineFormat() {
        lineFormat.set(new LogLineFormat(zone, showTimestamps.get(), tags.count() > 1 ? tags.width() : 0));
    }

    /** One daemon thread that exits when idle, so a closed view leaves nothing behind. */
    private static Executor newWorker() {
        return new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "log-view-worker");
            thread.setDaemon(true);
            return thread;
        });
    }
}
