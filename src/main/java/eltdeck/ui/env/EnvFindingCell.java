package eltdeck.ui.env;

import atlantafx.base.theme.Styles;
import eltdeck.env.Finding;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One finding: severity icon, where and which rule, the message, the fix (and the fixed line, masked for a secret),
 * with "Apply fix" where the fix is mechanical and, for an error, "Override" to save despite it.
 */
final class EnvFindingCell extends ListCell<EnvFindingRow> {
    private final EnvEditorViewModel vm;
    private final FontIcon icon = new FontIcon();
    private final Label where = new Label();
    private final Label overriddenMark = new Label("overridden: saves anyway");
    private final Text message = new Text();
    private final Text fix = new Text();
    private final Text fixedLine = new Text();
    private final Button apply = new Button("Apply fix", new FontIcon(Feather.TOOL));
    private final ToggleButton override = new ToggleButton("Override");
    private final HBox box;
    private final ChangeListener<Boolean> overriddenChanged = (o, was, now) -> showOverride(now);
    private EnvFindingRow shown;

    EnvFindingCell(EnvEditorViewModel vm, ListView<EnvFindingRow> list) {
        this.vm = vm;
        getStyleClass().add("env-finding");
        icon.getStyleClass().add("env-finding-icon");
        where.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        overriddenMark.getStyleClass().addAll("env-overridden", Styles.TEXT_SMALL);
        overriddenMark.setGraphic(new FontIcon(Feather.SHIELD_OFF));
        overriddenMark.managedProperty().bind(overriddenMark.visibleProperty());
        // Text wraps at a set width, so each cell is exactly as tall as its finding needs.
        for (Text t : new Text[] {message, fix, fixedLine}) {
            t.wrappingWidthProperty().bind(list.widthProperty().subtract(64));
        }
        message.getStyleClass().add("env-finding-message");
        fix.getStyleClass().add("env-finding-fix");
        fixedLine.getStyleClass().addAll("mono", "env-fixed-line");
        fixedLine.managedProperty().bind(fixedLine.visibleProperty());
        apply.getStyleClass().addAll("env-apply-fix", Styles.SMALL);
        apply.managedProperty().bind(apply.visibleProperty());
        apply.setTooltip(new Tooltip("Rewrite the line as shown"));
        apply.setOnAction(e -> vm.applyFix(shown));
        apply.disableProperty().bind(vm.editableProperty().not());
        override.getStyleClass().addAll("env-override", Styles.SMALL);
        override.managedProperty().bind(override.visibleProperty());
        override.setTooltip(new Tooltip("Save despite this error (you know the stack copes with it)"));
        override.setOnAction(e -> vm.setOverridden(shown, override.isSelected()));

        HBox header = new HBox(8, where, overriddenMark);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, apply, override);
        buttons.managedProperty().bind(apply.visibleProperty().or(override.visibleProperty()));
        VBox text = new VBox(3, header, message, fix, fixedLine, buttons);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(8, icon, text);
        box.setAlignment(Pos.TOP_LEFT);
    }

    @Override
    protected void updateItem(EnvFindingRow row, boolean empty) {
        super.updateItem(row, empty);
        if (shown != null) {
            shown.overriddenProperty().removeListener(overriddenChanged);
        }
        shown = empty ? null : row;
        if (shown == null) {
            setGraphic(null);
            setText(null);
            setId(null);
            return;
        }
        Finding f = row.finding();
        setId("env-finding-" + f.rule().id());
        icon.setIconCode(switch (f.severity()) {
            case ERROR -> Feather.X_OCTAGON;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case INFO -> Feather.INFO;
        });
        icon.getStyleClass().removeIf(c -> c.startsWith("env-severity-"));
        icon.getStyleClass().add("env-severity-" + f.severity().name().toLowerCase(Locale.ROOT));
        Tooltip.install(icon, new Tooltip(f.severity().name().toLowerCase(Locale.ROOT)));
        where.setText(row.where() + " \u00b7 " + f.severity().name().toLowerCase(Locale.ROOT) + " \u00b7 " + f.rule().id());
        message.setText(f.message());
        fix.setText("Fix: " + f.fix().advice());
        fixedLine.setText(f.fix().fixedLine().map(line -> "\u2192 " + line).orElse(""));
        fixedLine.setVisible(f.fix().fixedLine().isPresent());
        apply.setVisible(row.hasMechanicalFix());
        override.setVisible(row.isError());
        row.overriddenProperty().addListener(overriddenChanged);
        showOverride(row.overriddenProperty().get());
        setAccessibleText(f.severity() + ", " + row.where() + ": " + f.message());
        setGraphic(box);
        setText(null);
    }

    private void showOverride(boolean overridden) {
        override.setSelected(overridden);
        override.setText(overridden ? "Overridden" : "Override");
        overriddenMark.setVisible(overridden);
        icon.setOpacity(overridden ? 0.45 : 1);
    }
}
