package eltdeck.ui.common;

import javafx.scene.control.TableCell;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A table cell showing a run state with a dot in the colour of its outcome. */
public final class StateTableCell<S> extends TableCell<S, String> {
    private final java.util.function.UnaryOperator<String> asRunState;

    public StateTableCell() {
        this(java.util.function.UnaryOperator.identity());
    }

    /** @param asRunState the Prefect run state whose colour a shown state takes */
    public StateTableCell(java.util.function.UnaryOperator<String> asRunState) {
        this.asRunState = asRunState;
        getStyleClass().add("run-state");
    }

    @Override
    protected void updateItem(String state, boolean empty) {
        super.updateItem(state, empty);
        if (empty || state == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(state);
        setGraphic(new FontIcon(Feather.CIRCLE));
        RunStateStyle.apply(this, asRunState.apply(state));
    }
}
