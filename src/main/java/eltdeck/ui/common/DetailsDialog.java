package eltdeck.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** An error in words, with the technical detail underneath for a bug report or a search. */
public final class DetailsDialog extends Dialog<Void> {

    public DetailsDialog(Window owner, String message, String detail) {
        Dialogs.prepare(this, owner, "Details", 680);
        Label text = Labels.paragraph(message);
        Label caption = new Label("Technical detail");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        TextArea technical = new TextArea(detail == null || detail.isBlank() ? "(none)" : detail);
        technical.setId("details-text");
        technical.setEditable(false);
        technical.setWrapText(true);
        technical.getStyleClass().add("mono");
        technical.setPrefRowCount(10);
        VBox.setVgrow(technical, Priority.ALWAYS);
        HBox actions = new HBox(Dialogs.copyButton(technical::getText));
        VBox content = new VBox(10, text, caption, technical, actions);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }
}
