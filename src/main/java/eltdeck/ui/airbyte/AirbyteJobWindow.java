package eltdeck.ui.airbyte;

import atlantafx.base.theme.Styles;
import eltdeck.Plural;
import eltdeck.airbyte.ByteSizes;
import eltdeck.airbyte.JobAttempt;
import eltdeck.airbyte.JobStates;
import eltdeck.airbyte.SyncJob;
import eltdeck.prefect.DurationWords;
import eltdeck.ui.common.Labels;
import eltdeck.ui.logs.FollowedPageWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The page of one Airbyte sync job in a window of its own: status, attempts and their live logs. Closing it stops reading. */
final class AirbyteJobWindow {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm:ss");

    private AirbyteJobWindow() {
    }

    static Stage open(Window owner, AirbyteJobViewModel vm) {
        ZoneId local = ZoneId.systemDefault();
        FollowedPageWindow window = new FollowedPageWindow("airbyte-job", vm.page(), "Cancel sync");
        window.title().setText(vm.connectionName() + " · job " + vm.jobId());
        Label state = window.state();
        state.setId("airbyte-job-status");
        window.message().textProperty().bind(vm.messageProperty());

        ListView<JobAttempt> attempts = new ListView<>(vm.attempts());
        attempts.setId("airbyte-job-attempts");
        attempts.getStyleClass().add(Styles.DENSE);
        attempts.setCellFactory(v -> new AttemptCell(local));
        attempts.setPlaceholder(new Label("No attempt yet: the job is pending"));
        VBox side = new VBox(8, Labels.caption("Attempts"), attempts);
        VBox.setVgrow(attempts, Priority.ALWAYS);
        side.setMinWidth(300);

        vm.jobProperty().addListener((o, was, job) -> {
            state.setText(job.status());
            AirbyteStatusStyle.apply(state, job.status());
            window.times().setText(timesText(job, local));
            window.stage().setTitle(vm.connectionName() + " · job " + vm.jobId() + " — " + job.status());
        });
        return window.show(owner, "Airbyte job " + vm.jobId(), side, "Reading the job…", 0.32,
                () -> new FollowedPageWindow.CancelQuestion("Cancel job " + vm.jobId() + " of " + vm.connectionName() + "?",
                        "Airbyte stops the sync that runs now for this connection (it is checked first that this job is the"
                                + " one still under way). Records already written stay written."), vm::cancel);
    }

    static String timesText(SyncJob job, ZoneId local) {
        Instant start = job.startedAt() != null ? job.startedAt() : job.createdAt();
        String under = JobStates.isFinal(job.status()) ? "took " : "running for ";
        return "Started " + (start == null ? "—" : TIME.format(start.atZone(local))) + " · " + under
                + DurationWords.of(job.duration(Instant.now())) + " · " + Plural.of(job.records(), "record") + ", " + ByteSizes.of(job.bytes());
    }

    /** "attempt 1  succeeded", what it synced, when and how long, and why it failed. */
    private static final class AttemptCell extends ListCell<JobAttempt> {
        private final ZoneId local;

        AttemptCell(ZoneId local) {
            this.local = local;
        }

        @Override
        protected void updateItem(JobAttempt a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label status = new Label(a.status(), new FontIcon(Feather.CIRCLE));
            status.getStyleClass().add("run-state");
            AirbyteStatusStyle.apply(status, a.status());
            String took = a.createdAt() == null ? "" : TIME.format(a.createdAt().atZone(local))
                    + (a.endedAt() == null ? " · running" : " · took " + DurationWords.of(Duration.between(a.createdAt(), a.endedAt())));
            Label when = new Label(took);
            when.getStyleClass().add(Styles.TEXT_MUTED);
            Label synced = new Label(Plural.of(a.records(), "record") + ", " + ByteSizes.of(a.bytes()));
            VBox box = new VBox(2, new HBox(8, new Label("attempt " + (a.number() + 1)), status), synced, when);
            if (!a.failure().isEmpty()) {
                Label failure = Labels.paragraph(a.failure());
                failure.getStyleClass().add(Styles.DANGER);
                box.getChildren().add(failure);
            }
            setGraphic(box);
            setText(null);
        }
    }
}
