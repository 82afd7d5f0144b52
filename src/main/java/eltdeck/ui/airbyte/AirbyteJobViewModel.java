package eltdeck.ui.airbyte;

import eltdeck.airbyte.AirbyteClient;
import eltdeck.airbyte.CancelOutcome;
import eltdeck.airbyte.JobAttempt;
import eltdeck.airbyte.JobFollower;
import eltdeck.airbyte.JobLogSource;
import eltdeck.airbyte.JobStates;
import eltdeck.airbyte.SyncJob;
import eltdeck.airbyte.SyncJobs;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.logs.LogViewModel;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The page of one Airbyte sync job: its status polled with {@code jobs/get_light} every {@code statusEvery} (attempts
 * read again on each change), its attempts' logs read apart with {@code jobs/get} every {@code logsEvery} into a
 * {@link LogViewModel}, both until the job is final or the page closes. Cancel re-checks the job first. When a job
 * seen under way ends, {@code notify} hears of it. UI thread only; the status is read through the {@link TaskRunner}.
 */
public final class AirbyteJobViewModel {
    private final SyncJobs jobs;
    private final long jobId;
    private final String connectionName;
    private final TaskRunner tasks;
    private final LogViewModel log;
    private final Consumer<String> notify;
    private final Duration statusEvery;
    private final Duration logsEvery;
    private final ReadOnlyObjectWrapper<SyncJob> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ObservableList<JobAttempt> attempts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(this, "cancelRequested");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** No job shown yet and no error instead: its first read is under way. */
    private final BooleanBinding firstRead = job.isNull().and(error.isEmpty());
    private boolean seenUnderWay;
    private JobLogSource logs;
    private TaskRunner.Repeating poller;
    /** The status last shown (null: none yet, or the last look failed): the next look reads the attempts when it differs. */
    private volatile String seenStatus;

    public AirbyteJobViewModel(AirbyteClient client, long jobId, String connectionName, TaskRunner tasks, LogViewModel log,
                               Consumer<String> notify, Duration statusEvery, Duration logsEvery) {
        this.jobs = new SyncJobs(client);
        this.jobId = jobId;
        this.connectionName = connectionName;
        this.tasks = tasks;
        this.log = log;
        this.notify = notify;
        this.statusEvery = statusEvery;
        this.logsEvery = logsEvery;
    }

    /** Starts reading the job and its logs; call once. */
    public void start() {
        if (poller != null) {
            throw new IllegalStateException("A job page starts once.");
        }
        logs = new JobLogSource(jobs, jobId, logsEvery);
        logs.start(log.sink());
        JobFollower follower = new JobFollower(jobs, statusEvery);
        poller = tasks.every(statusEvery, () -> follower.look(jobId, seenStatus), this::looked, e -> {
            seenStatus = null;
            error.set(e.getMessage());
        });
    }

    /** Stops reading (the page was closed); the job goes on. */
    public void close() {
        if (poller != null) {
            poller.cancel();
        }
        if (logs != null) {
            logs.stop();
        }
    }

    /** Asks Airbyte to cancel the job, after checking it is still under way; says what happened. */
    public void cancel() {
        if (finished.get() || cancelRequested.get()) {
            return;
        }
        cancelRequested.set(true);
        message.set("Cancelling job " + jobId + "…");
        tasks.call(() -> jobs.cancel(jobId), (CancelOutcome outcome) -> {
            error.set("");
            show(outcome.job());
            message.set(outcome.alreadyEnded() ? "Job " + jobId + " had already ended: " + outcome.job().status() + "."
                    : "Job " + jobId + " is " + outcome.job().status() + ".");
        }, e -> {
            cancelRequested.set(false);
            message.set("");
            error.set("Could not cancel: " + e.getMessage());
        });
    }

    private void looked(SyncJob now) {
        if (!now.status().equals(seenStatus)) {
            seenStatus = now.status();
            show(now);
        }
        if (now.isFinal()) {
            poller.cancel(); // a final job changes no more
        }
    }

    private void show(SyncJob next) {
        error.set("");
        SyncJob merged = job.get() == null ? next : job.get().updatedBy(next);
        job.set(merged);
        attempts.setAll(merged.attempts());
        boolean done = merged.isFinal();
        if (!done) {
            seenUnderWay = true;
        } else if (!finished.get() && seenUnderWay) {
            notify.accept("Airbyte sync job " + jobId + " of " + connectionName + " "
                    + (JobStates.SUCCEEDED.equals(merged.status()) ? "succeeded." : "ended: " + merged.status() + "."));
        }
        finished.set(done);
    }

    public long jobId() {
        return jobId;
    }

    public String connectionName() {
        return connectionName;
    }

    public LogViewModel log() {
        return log;
    }

    /** The job as last read; null before the first read. */
    public ReadOnlyObjectProperty<SyncJob> jobProperty() {
        return job.getReadOnlyProperty();
    }

    public ObservableList<JobAttempt> attempts() {
        return attempts;
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

    /** What the last action did ("Job 12 had already ended: succeeded."). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
