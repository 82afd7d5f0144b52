package eltdeck.ui.airbyte;

import atlantafx.base.theme.Styles;
import eltdeck.Plural;
import eltdeck.airbyte.ByteSizes;
import eltdeck.airbyte.JobAttempt;
import eltdeck.airbyte.JobStates;
import eltdeck.airbyte.SyncJob;
import eltdeck.prefect.DurationWords;
import eltdeck.ui.common.CloseKeys;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.LoadingMask;
import eltdeck.ui.logs.LogView;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        Label title = new Label(vm.connectionName() + " · job " + vm.jobId());
        title.setId("airbyte-job-title");
        title.getStyleClass().add(Styles.TITLE_3);
        Label state = new Label();
        state.setId("airbyte-job-status");
        state.getStyleClass().addAll("run-state", "run-state-title");
        Label times = new Label("");
        times.setId("airbyte-job-times");
        times.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = Labels.paragraph("");
        message.setId("airbyte-job-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(vm.messageProperty());
        Label error = Labels.paragraph("");
        error.setId("airbyte-job-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

        Button cancel = new Button("Cancel sync", new FontIcon(Feather.X_OCTAGON));
        cancel.setId("airbyte-job-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.disableProperty().bind(vm.finishedProperty().or(vm.cancelRequestedProperty()).or(vm.jobProperty().isNull()));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox head = new HBox(12, new VBox(4, title, times), space, cancel);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox stateLine = new HBox(12, state, message);
        stateLine.setAlignment(Pos.BASELINE_LEFT);

        ListView<JobAttempt> attempts = new ListView<>(vm.attempts());
        attempts.setId("airbyte-job-attempts");
        attempts.getStyleClass().add(Styles.DENSE);
        attempts.setCellFactory(v -> new AttemptCell(local));
        attempts.setPlaceholder(new Label("No attempt yet: the job is pending"));
        VBox side = new VBox(8, Labels.caption("Attempts"), attempts);
        VBox.setVgrow(attempts, Priority.ALWAYS);
        side.setMinWidth(300);
        LogView log = new LogView(vm.log());
        LoadingMask sideMask = new LoadingMask(side, "Reading the job…");
        sideMask.follow(vm.firstReadProperty());
        SplitPane split = new SplitPane(sideMask, log);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.32);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox root = new VBox(10, head, stateLine, error, split);
        root.setPadding(new Insets(14));
        root.setId("airbyte-job-page");

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Airbyte job " + vm.jobId());
        vm.jobProperty().addListener((o, was, job) -> {
            state.setText(job.status());
            AirbyteStatusStyle.apply(state, job.status());
            times.setText(timesText(job, local));
            stage.setTitle(vm.connectionName() + " · job " + vm.jobId() + " — " + job.status());
        });
        Scene scene = new Scene(new BorderPane(root), 1100, 720);
        scene.getStylesheets().add(Dialogs.STYLESHEET);
        CloseKeys.install(scene, stage);
        stage.setScene(scene);
        cancel.setOnAction(e -> {
            if (Dialogs.confirm(stage, "Cancel sync", "Cancel job " + vm.jobId() + " of " + vm.connectionName() + "?",
                    "Airbyte stops the sync that runs now for this connection (it is checked first that this job is the one"
                            + " still under way). Records already written stay written.", "Cancel sync")) {
                vm.cancel();
            }
        });
        stage.setOnHidden(e -> vm.close());
        stage.show();
        return stage;
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
