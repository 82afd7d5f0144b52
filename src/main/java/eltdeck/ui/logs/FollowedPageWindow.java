package eltdeck.ui.logs;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.CloseKeys;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.LoadingMask;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/**
 * The window of a {@link FollowedPage}, laid out alike for every kind of job: a head with the title, the times, the
 * feature's own controls and a cancel button (confirmed first); the state and a message under it; the error of the
 * last read; the feature's side pane (masked while the first read runs) beside the live log. Escape or Ctrl+W closes
 * it, and closing it stops reading. The feature fills the labels as its job changes. Node ids start with the
 * feature's {@code id} ("run" gives {@code run-title}, {@code run-cancel}, {@code run-page}...).
 */
public final class FollowedPageWindow {
    /** What the cancel confirmation asks, and what it says will happen. */
    public record CancelQuestion(String header, String detail) {
    }

    private final String id;
    private final FollowedPage<?> page;
    private final Label title = new Label();
    private final Label state = new Label();
    private final Label times = new Label("");
    private final Label message = Labels.paragraph("");
    private final Button cancel;
    private final Stage stage = new Stage();

    /** @param cancelText the cancel button's text, also the confirmation's title and its button's */
    public FollowedPageWindow(String id, FollowedPage<?> page, String cancelText) {
        this.id = id;
        this.page = page;
        title.setId(id + "-title");
        title.getStyleClass().add(Styles.TITLE_3);
        state.getStyleClass().addAll("run-state", "run-state-title");
        times.setId(id + "-times");
        times.getStyleClass().add(Styles.TEXT_MUTED);
        message.setId(id + "-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        cancel = new Button(cancelText, new FontIcon(Feather.X_OCTAGON));
        cancel.setId(id + "-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.disableProperty().bind(page.finishedProperty().or(page.cancelRequestedProperty()).or(page.jobProperty().isNull()));
    }

    public Label title() {
        return title;
    }

    /** The job's state, styled by the feature; its id is the feature's too. */
    public Label state() {
        return state;
    }

    public Label times() {
        return times;
    }

    public Label message() {
        return message;
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Lays the window out and shows it over {@code owner}.
     *
     * @param side      what the feature shows of the job beside the log, masked with {@code reading} until the first read
     * @param divider   where the split between side and log starts, as a share of the width
     * @param question  asked when cancel is pressed; {@code cancel} runs if the user agrees
     * @param controls  the feature's own controls in the head, before the cancel button
     */
    public Stage show(Window owner, String stageTitle, Region side, String reading, double divider,
                      Supplier<CancelQuestion> question, Runnable doCancel, Node... controls) {
        Label error = Labels.paragraph("");
        error.setId(id + "-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(page.errorProperty());
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(page.errorProperty().isNotEmpty());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox head = new HBox(12, new VBox(4, title, times), space);
        head.getChildren().addAll(controls);
        head.getChildren().add(cancel);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox stateLine = new HBox(12, state, message);
        stateLine.setAlignment(Pos.BASELINE_LEFT);

        LoadingMask sideMask = new LoadingMask(side, reading);
        sideMask.follow(page.firstReadProperty());
        SplitPane split = new SplitPane(sideMask, new LogView(page.log()));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(divider);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox root = new VBox(10, head, stateLine, error, split);
        root.setPadding(new Insets(14));
        root.setId(id + "-page");

        stage.initOwner(owner);
        stage.setTitle(stageTitle);
        Scene scene = new Scene(new BorderPane(root), 1100, 720);
        scene.getStylesheets().add(Dialogs.STYLESHEET);
        CloseKeys.install(scene, stage);
        stage.setScene(scene);
        cancel.setOnAction(e -> {
            CancelQuestion asked = question.get();
            if (Dialogs.confirm(stage, cancel.getText(), asked.header(), asked.detail(), cancel.getText())) {
                doCancel.run();
            }
        });
        stage.setOnHidden(e -> page.close());
        stage.show();
        return stage;
    }
}
