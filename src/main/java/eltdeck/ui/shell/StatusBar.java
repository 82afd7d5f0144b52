package eltdeck.ui.shell;

import eltdeck.ui.common.NoticeToasts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The bottom line: "3 profiles · 1 connected · tunnels 5/5 up"; notices show as notifications above it. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel main) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("status-line");
        summary.textProperty().bind(main.statusLineProperty());
        NoticeToasts.follow(main.notices(), this);
        getChildren().setAll(summary);
    }
}
