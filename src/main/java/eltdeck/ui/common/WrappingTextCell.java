package eltdeck.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** A table cell whose text wraps at the column's width, so a long message makes its row taller. */
public final class WrappingTextCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappingTextCell(TableColumn<S, String> column) {
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(20));
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        text.setText(empty ? null : value);
        setGraphic(empty || value == null ? null : text);
    }
}
