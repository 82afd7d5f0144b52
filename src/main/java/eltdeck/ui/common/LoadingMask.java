package eltdeck.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.MaskerPane;

/**
 * A view's content with a ControlsFX masker over it while its first read runs, saying what is being read. The masker
 * covers only the content: the view's buttons (Cancel, Refresh) stay outside it and usable. It takes no keyboard
 * focus, so Tab moves past it as if it were not there.
 */
public final class LoadingMask extends StackPane {
    private final MaskerPane masker = new MaskerPane();

    public LoadingMask(Node content, String words) {
        masker.setText(words);
        masker.setFocusTraversable(false);
        masker.setVisible(false);
        getStyleClass().add("loading-mask");
        getChildren().setAll(content, masker);
    }

    /** Shows the masker while {@code firstRead} is true (a view model's {@link FirstRead}); the previous one is let go. */
    public void follow(ObservableBooleanValue firstRead) {
        masker.visibleProperty().bind(firstRead);
    }
}
