package eltdeck.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A red banner above the tunnels: an icon, a bold title, and what the subclass puts under it. */
public abstract class DangerBanner extends HBox {

    protected DangerBanner(String id, Feather icon, String title) {
        super(12);
        setId(id);
        getStyleClass().addAll("banner", "banner-danger");
        setAlignment(Pos.TOP_LEFT);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("banner-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox text = new VBox(6, heading);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().setAll(glyph, text);
    }

    /** Adds the banner's content under its title. */
    protected final void body(Node... nodes) {
        ((VBox) getChildren().get(1)).getChildren().addAll(nodes);
    }

    /** Shows or hides the banner without leaving an empty gap in the layout. */
    protected final void shown(boolean visible) {
        setVisible(visible);
        setManaged(visible);
    }
}
