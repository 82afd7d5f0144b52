package eltdeck.ui.logs;

import eltdeck.logs.LogLine;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;

/** A list cell that draws its line with the model's current format, highlight and stream colours. */
final class LogLineCell extends ListCell<LogLine> {
    private final LogViewModel model;
    private final StyledLineNode line = new StyledLineNode();

    LogLineCell(LogViewModel model) {
        this.model = model;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(LogLine item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        line.show(item, model.lineFormatProperty().get(), model.highlightProperty().get(), model.streamSlot(item.stream()));
        setGraphic(line);
    }
}
