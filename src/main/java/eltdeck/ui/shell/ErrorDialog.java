package eltdeck.ui.shell;

import eltdeck.BuildInfo;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * An unexpected error: what happened in words, that the app goes on, where the log is; the stack one click away
 * ("Show details") and Copy for a bug report. The same dialog counts repeats instead of stacking new ones.
 */
final class ErrorDialog extends Alert {
    private final Label explanation = Labels.paragraph("");
    private final Label repeats = Labels.paragraph("");
    private final TextArea detail = Dialogs.readOnlyText("error-detail", 14);
    private int count;

    ErrorDialog(Window owner) {
        super(AlertType.ERROR);
        Dialogs.prepare(this, owner, "Something went wrong", 640);
        initModality(javafx.stage.Modality.NONE);
        explanation.setId("error-explanation");
        repeats.setId("error-repeats");
        repeats.managedProperty().bind(repeats.visibleProperty());
        Label goesOn = Labels.paragraph("ELT Deck goes on. If something looks wrong now, restart it. The detail is in "
                + LogFile.describe() + ".");
        goesOn.setId("error-log-file");
        getDialogPane().setContent(new VBox(10, explanation, repeats, goesOn, new HBox(Dialogs.copyButton(this::report))));
        detail.setWrapText(false);
        VBox.setVgrow(detail, Priority.ALWAYS);
        getDialogPane().setExpandableContent(detail);
        getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.CLOSE);
        getDialogPane().setId("error-dialog");
    }

    /** Shows this error, or counts it when the dialog already shows one. */
    void add(ErrorWords words, String stackTrace) {
        count++;
        setHeaderText(words.headline());
        explanation.setText(words.explanation());
        detail.setText(stackTrace);
        repeats.setVisible(count > 1);
        repeats.setText("This has happened " + count + " times; the latest is shown.");
    }

    /** What Copy puts on the clipboard: the words, this build, and the stack. */
    String report() {
        return getHeaderText() + "\n" + explanation.getText() + "\n\n" + BuildInfo.current().describe() + ", Java "
                + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version", "unknown")
                + "\n\n" + detail.getText();
    }
}
