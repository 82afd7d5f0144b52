package eltdeck.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line: "3 profiles · 1 connected · tunnels 5/5 up", and the latest notice until dismissed. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel main) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("status-line");
        summary.textProperty().bind(main.statusLineProperty());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);

        Label notice = new Label();
        notice.setId("notice");
        // Notices are news of either kind (a sync succeeded, a save failed): the words say which, not a warning sign.
        notice.setGraphic(new FontIcon(Feather.BELL));
        notice.getStyleClass().add(Styles.ACCENT);
        notice.textProperty().bind(main.notices().latestProperty());
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        dismiss.setOnAction(e -> main.notices().clear());
        HBox noticeBox = new HBox(4, notice, dismiss);
        noticeBox.setAlignment(Pos.CENTER_RIGHT);
        noticeBox.visibleProperty().bind(notice.textProperty().isNotEmpty());
        noticeBox.managedProperty().bind(noticeBox.visibleProperty());

        getChildren().setAll(summary, space, noticeBox);
    }
}
