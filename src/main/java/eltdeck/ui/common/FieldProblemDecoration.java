package eltdeck.ui.common;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * ControlsFX's corner sign on a field with a problem, drawn as an icon in the theme's colours (controls.css) instead of
 * its fixed bitmaps and inline tooltip styles, so that it reads the same in the light and the dark theme.
 */
final class FieldProblemDecoration extends GraphicValidationDecoration {
    @Override
    protected Node createDecorationNode(ValidationMessage message) {
        FontIcon sign = new FontIcon(Feather.ALERT_CIRCLE);
        sign.getStyleClass().add("field-" + message.getSeverity().name().toLowerCase(Locale.ROOT) + "-sign");
        Tooltip.install(sign, createTooltip(message));
        return sign;
    }

    @Override
    protected Tooltip createTooltip(ValidationMessage message) {
        Tooltip tip = new Tooltip(message.getText());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.getStyleClass().add("field-problem-tip");
        return tip;
    }
}
