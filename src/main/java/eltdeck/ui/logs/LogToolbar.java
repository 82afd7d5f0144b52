package eltdeck.ui.logs;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import eltdeck.logs.SincePreset;
import eltdeck.logs.TailPreset;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The log view's controls, each bound to a property of the model. */
final class LogToolbar extends ToolBar {
    private final CustomTextField filterField;

    /**
     * @param save  saves the shown lines (true) or all lines (false)
     * @param clear forgets every line
     */
    LogToolbar(LogViewModel model, Consumer<Boolean> save, Runnable clear) {
        getStyleClass().add("log-toolbar");
        filterField = queryField("Filter lines", Feather.FILTER, model.filterTextProperty(), model.filterErrorProperty());
        filterField.setId("log-filter");
        CustomTextField highlightField = queryField("Highlight", Feather.SEARCH, model.highlightTextProperty(),
                model.highlightErrorProperty());
        highlightField.setId("log-highlight");

        ToggleButton regex = toggle(".*", null, "Regular expressions in filter and highlight", model.regexProperty());
        ToggleButton matchCase = toggle("Aa", null, "Match case", model.caseSensitiveProperty());
        regex.getStyleClass().add(Styles.LEFT_PILL);
        matchCase.getStyleClass().add(Styles.RIGHT_PILL);

        ToggleButton timestamps = toggle(null, Feather.CLOCK, "Show timestamps", model.showTimestampsProperty());
        ToggleButton follow = toggle("Follow", Feather.CHEVRONS_DOWN, "Follow new lines (End)", model.followProperty());
        follow.setId("log-follow");

        HBox fetch = new HBox(8, new Separator(Orientation.VERTICAL),
                new Label("Tail"), chooser(TailPreset.values(), TailPreset::label, model.tailProperty(), "Earlier lines to fetch"),
                new Label("Since"), chooser(SincePreset.values(), SincePreset::label, model.sinceProperty(), "How far back to fetch"));
        fetch.setId("log-fetch-choices");
        fetch.setAlignment(Pos.CENTER_LEFT);
        fetch.visibleProperty().bind(model.fetchChoicesProperty());
        fetch.managedProperty().bind(model.fetchChoicesProperty());

        getItems().addAll(filterField, highlightField, new HBox(regex, matchCase), separator(),
                timestamps, follow, fetch, new Spacer(), saveMenu(save), clearButton(clear));
    }

    void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    /** A text field for a query; marked as wrong, with the reason as tooltip, while its expression is invalid. */
    private static CustomTextField queryField(String prompt, Ikon icon, StringProperty text, ReadOnlyStringProperty error) {
        CustomTextField field = new CustomTextField();
        field.setPromptText(prompt);
        field.setLeft(new FontIcon(icon));
        field.setPrefColumnCount(12);
        field.textProperty().bindBidirectional(text);
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(error);
        error.addListener((o, was, message) -> {
            field.pseudoClassStateChanged(Styles.STATE_DANGER, !message.isEmpty());
            field.setTooltip(message.isEmpty() ? null : reason);
        });
        return field;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static ToggleButton toggle(String text, Ikon icon, String tooltip, BooleanProperty state) {
        ToggleButton button = new ToggleButton(text);
        if (icon != null) {
            button.setGraphic(new FontIcon(icon));
        }
        if (text == null) {
            button.getStyleClass().add(Styles.BUTTON_ICON);
        }
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.selectedProperty().bindBidirectional(state);
        return button;
    }

    private static <T> ComboBox<T> chooser(T[] values, Function<T, String> label, ObjectProperty<T> choice, String tooltip) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return java.util.Arrays.stream(values).filter(v -> label.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(choice);
        box.setTooltip(new Tooltip(tooltip));
        box.setFocusTraversable(false);
        return box;
    }

    private static Node saveMenu(Consumer<Boolean> save) {
        MenuItem shown = new MenuItem("Save shown lines…");
        shown.setOnAction(e -> save.accept(true));
        MenuItem all = new MenuItem("Save all lines…");
        all.setOnAction(e -> save.accept(false));
        MenuButton menu = new MenuButton(null, new FontIcon(Feather.DOWNLOAD), shown, all);
        menu.setTooltip(new Tooltip("Save to a file (Ctrl+S saves the shown lines)"));
        menu.setFocusTraversable(false);
        return menu;
    }

    private static Node clearButton(Runnable clear) {
        Button button = new Button(null, new FontIcon(Feather.TRASH_2));
        button.getStyleClass().add(Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip("Clear"));
        button.setFocusTraversable(false);
        button.setOnAction(e -> clear.run());
        return button;
    }
}
