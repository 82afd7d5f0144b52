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
import eltdeck.ui.logs.FollowedPage;
import eltdeck.ui.logs.LogViewModel;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
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
    private final Duration statusEvery;
    private final Duration logsEvery;
    private final FollowedPage<SyncJob> page;
    private final ObservableList<JobAttempt> attempts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The status last shown (null: none yet, or the last look failed): the next look reads the attempts when it differs. */
    private volatile String seenStatus;

    public AirbyteJobViewModel(AirbyteClient client, long jobId, String connectionName, TaskRunner tasks, LogViewModel log,
                               Consumer<String> notify, Duration statusEvery, Duration logsEvery) {
        this.jobs = new SyncJobs(client);
        this.jobId = jobId;
        this.connectionName = connectionName;
        this.tasks = tasks;
        this.statusEvery = statusEvery;
        this.logsEvery = logsEvery;
        this.page = new FollowedPage<>("job", tasks, log, notify, SyncJob::isFinal, job -> "Airbyte sync job " + jobId
                + " of " + connectionName + " " + (JobStates.SUCCEEDED.equals(job.status()) ? "succeeded." : "ended: " + job.status() + "."));
    }

    /** Starts reading the job and its logs; call once. */
    public void start() {
        JobFollower follower = new JobFollower(jobs, statusEvery);
        page.start(new JobLogSource(jobs, jobId, logsEvery), statusEvery, () -> follower.look(jobId, seenStatus), this::looked,
                e -> {
                    seenStatus = null;
                    page.readFailed(e);
                });
    }

    /** Stops reading (the page was closed); the job goes on. */
    public void close() {
        page.close();
    }

    /** Asks Airbyte to cancel the job, after checking it is still under way; says what happened. */
    public void cancel() {
        if (!page.beginCancel()) {
            return;
        }
        message.set("Cancelling job " + jobId + "…");
        tasks.call(() -> jobs.cancel(jobId), (CancelOutcome outcome) -> {
            show(outcome.job());
            message.set(outcome.alreadyEnded() ? "Job " + jobId + " had already ended: " + outcome.job().status() + "."
                    : "Job " + jobId + " is " + outcome.job().status() + ".");
        }, e -> {
            message.set("");
            page.cancelFailed(e);
        });
    }

    private void looked(SyncJob now) {
        if (!now.status().equals(seenStatus)) {
            seenStatus = now.status();
            show(now);
        }
        if (now.isFinal()) {
            page.stopPolling(); // a final job changes no more
        }
    }

    private void show(SyncJob next) {
        SyncJob shown = page.jobProperty().get();
        SyncJob merged = shown == null ? next : shown.updatedBy(next);
        page.show(merged, () -> attempts.setAll(merged.attempts()));
    }

    public long jobId() {
        return jobId;
    }

    public String connectionName() {
        return connectionName;
    }

    /** The job's state, log, cancel and error, as every followed page has them. */
    public FollowedPage<SyncJob> page() {
        return page;
    }

    public LogViewModel log() {
        return page.log();
    }

    /** The job as last read; null before the first read. */
    public ReadOnlyObjectProperty<SyncJob> jobProperty() {
        return page.jobProperty();
    }

    public ObservableList<JobAttempt> attempts() {
        return attempts;
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return page.finishedProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return page.cancelRequestedProperty();
    }

    /** What the last action did ("Job 12 had already ended: succeeded."). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return page.errorProperty();
    }
}
