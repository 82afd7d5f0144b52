package eltdeck.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Keeps every column of a table at least as wide as its header's title: no header reads "Proj…" or "Ver…". */
public final class ColumnHeaders {
    /** The header's padding and the room of a sort arrow, beside the title itself. */
    private static final double PADDING = 24;
    /** The theme's header text: bold, at the size of the app's text. */
    private static final Font HEADER = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14);

    private ColumnHeaders() {
    }

    /** For the columns the table has now and those added later. */
    public static void neverCut(TableView<?> table) {
        table.getColumns().forEach(ColumnHeaders::fit);
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(ColumnHeaders::fit);
            }
        });
    }

    private static double titleWidth(String title) {
        Text text = new Text(title == null ? "" : title);
        text.setFont(HEADER);
        return Math.ceil(text.getLayoutBounds().getWidth()) + PADDING;
    }

    private static void fit(TableColumn<?, ?> column) {
        double needed = titleWidth(column.getText());
        column.setMinWidth(Math.max(column.getMinWidth(), needed));
        column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
        column.setMaxWidth(Math.max(column.getMaxWidth(), needed));
    }
}
