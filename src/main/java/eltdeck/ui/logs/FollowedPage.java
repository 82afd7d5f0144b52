package eltdeck.ui.logs;

import eltdeck.logs.LogSource;
import eltdeck.ui.common.TaskRunner;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every page that follows one job until it ends has in common (an Airbyte sync job, a Prefect flow run): the job
 * as last read and whether it has ended, read again by a poller; its log, fed into a {@link LogViewModel} by a
 * {@link LogSource}; one cancel at a time; the error of the last read. A job seen under way that then ends is told to
 * {@code notify}, once. The feature's page model reads the job, decides when polling stops and holds what only its
 * kind of job has. UI thread only.
 *
 * @param <T> the job as read
 */
public final class FollowedPage<T> {
    private final String kind;
    private final TaskRunner tasks;
    private final LogViewModel log;
    private final Predicate<T> ended;
    private final Function<T, String> endedText;
    private final Consumer<String> notify;
    private final ReadOnlyObjectWrapper<T> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(this, "cancelRequested");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** No job shown yet and no error instead: its first read is under way. */
    private final BooleanBinding firstRead = job.isNull().and(error.isEmpty());
    private boolean seenUnderWay;
    private LogSource source;
    private TaskRunner.Repeating poller;

    /**
     * @param kind      what the page follows, for the programming error of starting it twice ("job", "run")
     * @param ended     whether a job as read has ended (changes no more)
     * @param endedText what {@code notify} is told when a job seen under way has ended
     */
    public FollowedPage(String kind, TaskRunner tasks, LogViewModel log, Consumer<String> notify, Predicate<T> ended,
                        Function<T, String> endedText) {
        this.kind = kind;
        this.tasks = tasks;
        this.log = log;
        this.notify = notify;
        this.ended = ended;
        this.endedText = endedText;
    }

    /** Starts the log and reads the job every {@code every} with {@code read}; call once. */
    public <R> void start(LogSource firstLog, Duration every, Callable<R> read, Consumer<? super R> onRead,
                          Consumer<? super Exception> onFailure) {
        if (poller != null) {
            throw new IllegalStateException("A " + kind + " page starts once.");
        }
        source = firstLog;
        source.start(log.sink());
        poller = tasks.every(every, read, onRead, onFailure);
    }

    public boolean started() {
        return poller != null;
    }

    /** Shows the log of {@code next} instead, read from the start. */
    public void replaceLog(LogSource next) {
        source.stop();
        log.clear();
        source = next;
        source.start(log.sink());
    }

    /** The job has ended: reading it again would change nothing. The log source stops by itself. */
    public void stopPolling() {
        poller.cancel();
    }

    /** Stops reading (the page was closed); the job goes on. */
    public void close() {
        if (poller != null) {
            poller.cancel();
        }
        if (source != null) {
            source.stop();
        }
    }

    /**
     * Shows the job as read now: {@code details} fills what only the feature shows of it. Says whether the job has ended,
     * and tells {@code notify} when it ended after being seen under way.
     */
    public boolean show(T now, Runnable details) {
        error.set("");
        job.set(now);
        details.run();
        boolean done = ended.test(now);
        if (!done) {
            seenUnderWay = true;
        } else if (!finished.get() && seenUnderWay) {
            notify.accept(endedText.apply(now));
        }
        finished.set(done);
        return done;
    }

    /** Whether a cancel may start now (the job has not ended and no cancel is under way); if so, it is under way. */
    public boolean beginCancel() {
        if (finished.get() || cancelRequested.get()) {
            return false;
        }
        cancelRequested.set(true);
        return true;
    }

    /** The cancel failed: it may be tried again, and the error says why. */
    public void cancelFailed(Exception e) {
        cancelRequested.set(false);
        error.set("Could not cancel: " + e.getMessage());
    }

    /** The last read failed: the error says why until a read succeeds. */
    public void readFailed(Exception e) {
        error.set(e.getMessage());
    }

    public void clearError() {
        error.set("");
    }

    public LogViewModel log() {
        return log;
    }

    /** The job as last read; null before the first read. */
    public ReadOnlyObjectProperty<T> jobProperty() {
        return job.getReadOnlyProperty();
    }

    public BooleanBinding firstReadProperty() {
        return firstRead;
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
