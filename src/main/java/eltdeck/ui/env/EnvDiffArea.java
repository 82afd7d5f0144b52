package eltdeck.ui.env;

import java.util.List;
import javafx.scene.control.TextArea;

/** Changed lines of a {@code .env} as the dialogs show them: read-only, monospaced, secret values already masked. */
final class EnvDiffArea extends TextArea {

    EnvDiffArea(String id, List<String> lines) {
        super(lines.isEmpty() ? "(no line differs)" : String.join("\n", lines));
        setId(id);
        setEditable(false);
        setWrapText(false);
        getStyleClass().add("mono");
        setPrefRowCount(Math.max(4, Math.min(14, lines.size() + 1)));
    }
}
