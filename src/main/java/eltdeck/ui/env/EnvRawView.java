package eltdeck.ui.env;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Labels;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The whole {@code .env} as text. While secrets are masked it shows them as {@code ****} and is read-only (the masked
 * text is not the file); with "Reveal secrets" on it is the file itself, and every keystroke reaches the form and the
 * findings.
 */
final class EnvRawView extends VBox {
    private final TextArea text = new TextArea();
    private boolean syncing;

    EnvRawView(EnvEditorViewModel vm) {
        super(6);
        setId("env-raw-view");
        Label masked = Labels.paragraph("Secret values are masked, so this text is read-only. Turn on Reveal secrets to edit it.");
        masked.setId("env-raw-masked");
        masked.setGraphic(new FontIcon(Feather.LOCK));
        masked.getStyleClass().addAll(Styles.WARNING, "env-raw-note");
        masked.visibleProperty().bind(vm.revealAllProperty().not());
        masked.managedProperty().bind(masked.visibleProperty());

        text.setId("env-raw");
        text.getStyleClass().add("mono");
        text.setWrapText(false);
        text.editableProperty().bind(vm.revealAllProperty().and(vm.editableProperty()));
        VBox.setVgrow(text, Priority.ALWAYS);
        show(vm.rawTextProperty().get());
        vm.rawTextProperty().addListener((o, was, now) -> {
            if (!now.equals(text.getText())) {
                show(now);
            }
        });
        text.textProperty().addListener((o, was, now) -> {
            if (!syncing) {
                vm.editRaw(now);
            }
        });
        vm.selectedLineProperty().addListener((o, was, line) -> selectLine(line.intValue()));
        getChildren().setAll(masked, text);
    }

    private void show(String raw) {
        syncing = true;
        try {
            int caret = text.getCaretPosition();
            text.setText(raw);
            text.positionCaret(Math.min(caret, raw.length()));
        } finally {
            syncing = false;
        }
    }

    private void selectLine(int line) {
        if (line < 1) {
            return;
        }
        String shown = text.getText();
        int start = 0;
        for (int i = 1; i < line && start >= 0; i++) {
            start = shown.indexOf('\n', start) + 1;
            if (start == 0) {
                return;
            }
        }
        int end = shown.indexOf('\n', start);
        text.selectRange(start, end < 0 ? shown.length() : end);
    }
}
