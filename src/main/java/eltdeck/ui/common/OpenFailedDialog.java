package eltdeck.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Says that a page could not be opened in a browser, and why, with its address to copy into a browser by hand. */
public final class OpenFailedDialog extends Dialog<Void> {
    public OpenFailedDialog(Window owner, String url, String reason) {
        Dialogs.prepare(this, owner, "Open in browser", 560);
        setHeaderText("The page could not be opened in a browser");
        TextField address = new TextField(url);
        address.setId("open-failed-url");
        address.setEditable(false);
        HBox.setHgrow(address, Priority.ALWAYS);
        Button copy = Dialogs.copyButton(address::getText);
        copy.setId("open-failed-copy");
        getDialogPane().setContent(new VBox(10, Labels.paragraph(reason + " Copy the address into a browser:"),
                new HBox(8, address, copy)));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setOnShown(e -> copy.requestFocus());
    }
}
