package eltdeck.ui.common;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What every dialog of the app shares: owner, modality, stylesheet, confirmations, copy buttons. */
public final class Dialogs {
    public static final String STYLESHEET = Dialogs.class.getResource("deck.css").toExternalForm();

    private Dialogs() {
    }

    /** Makes the dialog modal over {@code owner}, styled like the main window, {@code width} wide. */
    public static <T> Dialog<T> prepare(Dialog<T> dialog, Window owner, String title, double width) {
        // AtlantaFX's stylesheet caps dialogs at 600 px (and wins over setMaxWidth); fingerprints and the
        // profile form need more, so the width is set inline, the one place that overrides the theme.
        dialog.getDialogPane().setStyle("-fx-pref-width: " + width + "px; -fx-max-width: 8192px;");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        dialog.setResizable(true);
        // Typing goes into the form at once, not nowhere until a click.
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> firstField(dialog.getDialogPane().getContent())
                .ifPresent(Node::requestFocus));
        return dialog;
    }

    /** The first field to type or choose in (shown, enabled, editable), depth first; none in a plain message. */
    static Optional<Node> firstField(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node instanceof TextInputControl text ? text.isEditable()
                : node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?> || node instanceof Spinner<?>) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstField(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Resizes the dialog's window to its content after a part appeared or went (problems, a result). */
    public static void fitToContent(Dialog<?> dialog) {
        // After the next pulse, when the new nodes have their CSS and so their real size.
        Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() == null) {
                return;
            }
            Window window = dialog.getDialogPane().getScene().getWindow();
            window.sizeToScene();
            Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                    window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            if (window.getY() + window.getHeight() > screen.getMaxY()) {
                window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
            }
        });
    }

    /** Asks before something that cannot be undone; true only when the user chose {@code action}. */
    public static boolean confirm(Window owner, String title, String header, String text, String action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        prepare(alert, owner, title, 660);
        alert.setHeaderText(header);
        alert.setContentText(text);
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, go);
        // The safe answer is the default: Enter cancels.
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        alert.getDialogPane().lookupButton(go).setId("dialog-confirm");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == go;
    }

    /** Says that something failed, and why. */
    public static void error(Window owner, String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, owner, title, 560);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.show();
    }

    /** A form grid: captions as wide as they need, fields taking the rest, then {@code trailing} columns (buttons). */
    public static GridPane formGrid(int trailing) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(captions, fields);
        for (int i = 0; i < trailing; i++) {
            grid.getColumnConstraints().add(new ColumnConstraints());
        }
        return grid;
    }

    /** A "Copy" button that puts {@code text} on the clipboard and says so for a moment. */
    public static Button copyButton(java.util.function.Supplier<String> text) {
        Button copy = new Button("Copy", new FontIcon(Feather.COPY));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.get());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            PauseTransition back = new PauseTransition(Duration.seconds(1.5));
            back.setOnFinished(done -> copy.setText("Copy"));
            back.play();
        });
        return copy;
    }

    /** Monospaced text to read and copy, not to edit (a key, a command). */
    public static javafx.scene.control.TextArea readOnlyText(String id, int rows) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.getStyleClass().add("mono");
        return area;
    }
}
