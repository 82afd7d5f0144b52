package eltdeck.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * ControlsFX's corner sign on a field with a problem, drawn in the theme's colours (controls.css) instead of its
 * fixed bitmaps and inline tooltip styles, so that it reads the same in the light and the dark theme.
 */
final class FieldProblemDecoration extends GraphicValidationDecoration {
    @Override
    protected Node createErrorNode() {
        return sign(Feather.ALERT_CIRCLE, "field-problem-sign");
    }

    @Override
    protected Node createWarningNode() {
        return sign(Feather.ALERT_TRIANGLE, "field-warning-sign");
    }

    @Override
    protected Tooltip createTooltip(ValidationMessage message) {
        Tooltip tip = new Tooltip(message.getText());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.getStyleClass().add("field-problem-tip");
        return tip;
    }

    private static Node sign(Feather icon, String styleClass) {
        FontIcon sign = new FontIcon(icon);
        sign.getStyleClass().add(styleClass);
        return sign;
    }
}
