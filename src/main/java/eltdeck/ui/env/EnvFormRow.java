package eltdeck.ui.env;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Labels;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The controls of one variable in the form: name (with its required and secret marks), value, reveal toggle, remove,
 * and the description from {@code .env.example}. A secret's value sits in a password field unless revealed.
 */
final class EnvFormRow {
    static final String SELECTED = "env-row-selected";

    private final EnvRow row;
    private final EnvEditorViewModel vm;
    private final HBox name;
    private final StackPane value;
    private final HBox actions;
    private final Label description;
    private final VBox valueCell;
    private final TextField clear = new TextField();
    private final PasswordField masked = new PasswordField();
    private boolean syncing;

    /** @param focused told when one of the row's fields gets the keyboard focus (the form scrolls to it) */
    EnvFormRow(EnvRow row, EnvEditorViewModel vm, Consumer<EnvFormRow> focused) {
        this.row = row;
        this.vm = vm;
        String id = row.name().toLowerCase(Locale.ROOT);

        Label nameText = new Label(row.name());
        nameText.getStyleClass().addAll("mono", Styles.TEXT_BOLD);
        // A name is shown whole, never cut: PREFECT__CONTEXT__SECRETS__A and __B differ only at the end.
        nameText.setMinWidth(Region.USE_PREF_SIZE);
        name = new HBox(6, nameText);
        name.setAlignment(Pos.CENTER_LEFT);
        if (row.secret()) {
            FontIcon lock = new FontIcon(Feather.LOCK);
            lock.getStyleClass().add("env-secret-icon");
            Tooltip.install(lock, new Tooltip("Secret: masked unless revealed"));
            name.getChildren().add(lock);
        }
        if (row.required()) {
            Label required = new Label("required");
            required.getStyleClass().add("env-required");
            name.getChildren().add(required);
        }
        Tooltip lineTip = new Tooltip();
        lineTip.textProperty().bind(row.lineProperty().asString(row.name() + ", line %d of the file"));
        Tooltip.install(nameText, lineTip);

        clear.setId("env-value-" + id);
        masked.setId("env-secret-" + id);
        for (TextInputControl field : new TextInputControl[] {clear, masked}) {
            field.getStyleClass().add("mono");
            follow(field);
            field.focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    focused.accept(this);
                }
            });
        }
        value = new StackPane(masked, clear);
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> !row.secret() || row.revealedProperty().get() || vm.revealAllProperty().get(),
                row.revealedProperty(), vm.revealAllProperty());
        clear.visibleProperty().bind(shown);
        masked.visibleProperty().bind(clear.visibleProperty().not());

        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.setId("env-remove-" + id);
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new Tooltip("Remove " + row.name() + " from the file"));
        remove.setOnAction(e -> vm.remove(row));
        actions = new HBox(2);
        // Right-aligned, so every row's remove button sits in one line whether or not a reveal toggle precedes it.
        actions.setAlignment(Pos.TOP_RIGHT);
        if (row.secret()) {
            ToggleButton reveal = new ToggleButton();
            reveal.setId("env-reveal-" + id);
            reveal.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            reveal.selectedProperty().bindBidirectional(row.revealedProperty());
            reveal.graphicProperty().bind(Bindings.createObjectBinding(
                    () -> new FontIcon(shown.get() ? Feather.EYE_OFF : Feather.EYE), shown));
            reveal.disableProperty().bind(vm.revealAllProperty());
            reveal.setTooltip(new Tooltip("Show or hide this value"));
            actions.getChildren().add(reveal);
        }
        actions.getChildren().add(remove);

        description = Labels.paragraph(row.description());
        description.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // Wraps at the width of the value column instead of widening it to its one-line length.
        description.setMinWidth(0);
        description.setPrefWidth(0);
        description.setMaxWidth(Double.MAX_VALUE);
        description.setVisible(!row.description().isEmpty());
        description.setManaged(description.isVisible());
        valueCell = new VBox(2, value, description);
    }

    /**
     * Puts variable {@code index} on two lines of the grid: its name across the top (whole, however long), then the value
     * with its description and the actions. Beside each other the longest name would leave the values no room.
     */
    void place(GridPane grid, int index) {
        name.setPadding(new Insets(index == 0 ? 0 : 8, 0, 0, 0));
        grid.add(name, 0, 2 * index, 2, 1);
        grid.add(valueCell, 0, 2 * index + 1);
        grid.add(actions, 1, 2 * index + 1);
        GridPane.setValignment(actions, VPos.TOP);
    }

    void setSelected(boolean selected) {
        if (selected) {
            value.getStyleClass().add(SELECTED);
        } else {
            value.getStyleClass().remove(SELECTED);
        }
    }

    /** The value's node, to scroll to. */
    StackPane valueNode() {
        return value;
    }

    EnvRow row() {
        return row;
    }

    /** The field shows the row's value; what the user types goes to the view model (a field may drop tabs it cannot show). */
    private void follow(TextInputControl field) {
        set(field, row.valueProperty().get());
        row.valueProperty().addListener((o, was, now) -> {
            if (!field.getText().equals(now)) {
                set(field, now);
            }
        });
        field.textProperty().addListener((o, was, now) -> {
            if (!syncing) {
                vm.setValue(row, now);
            }
        });
    }

    private void set(TextInputControl field, String text) {
        syncing = true;
        try {
            field.setText(text);
        } finally {
            syncing = false;
        }
    }
}
