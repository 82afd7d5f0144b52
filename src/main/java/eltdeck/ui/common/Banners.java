package eltdeck.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Warning banners above a tab's table (Flows, Airbyte), and showing or hiding a node with its room. */
public final class Banners {
    private Banners() {
    }

    /** A warning banner (hidden at first): an icon, text and buttons. */
    public static HBox banner(String id, Feather icon, VBox text, Button... buttons) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("banner-icon");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(12, glyph);
        box.getChildren().add(text);
        box.getChildren().addAll(buttons);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("banner", "banner-warning");
        shown(box, false);
        return box;
    }

    /** Shows or hides a node; a hidden one takes no room. */
    public static void shown(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
