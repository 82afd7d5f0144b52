package eltdeck.ui.env;

import atlantafx.base.theme.Styles;
import eltdeck.env.SchemaVariable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The {@code .env} as a form: a row per variable in file order, the {@code .env.example}'s variables the file lacks
 * (one click adds one), and a field to add any other. A row's controls live as long as the variable does.
 */
final class EnvForm extends ScrollPane {
    private final EnvEditorViewModel vm;
    private final GridPane grid = new GridPane();
    private final FlowPane missing = new FlowPane(6, 6);
    private final VBox missingSection;
    private final Map<EnvRow, EnvFormRow> nodes = new HashMap<>();

    EnvForm(EnvEditorViewModel vm) {
        this.vm = vm;
        setId("env-form");
        setFitToWidth(true);
        getStyleClass().add("env-form");

        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(160);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(values, actions);

        Label missingTitle = new Label("In .env.example but not in this file");
        missingTitle.getStyleClass().add(Styles.TEXT_MUTED);
        missing.setId("env-missing");
        missingSection = new VBox(6, missingTitle, missing);
        missingSection.managedProperty().bind(missingSection.visibleProperty());

        TextField newName = new TextField();
        newName.setId("env-new-name");
        newName.setPromptText("NEW_VARIABLE");
        newName.getStyleClass().add("mono");
        newName.setPrefColumnCount(22);
        Button add = new Button("Add variable", new FontIcon(Feather.PLUS));
        add.setId("env-add");
        add.setOnAction(e -> {
            if (vm.addVariable(newName.getText())) {
                newName.clear();
            }
        });
        newName.setOnAction(add.getOnAction());
        add.disableProperty().bind(newName.textProperty().isEmpty());
        HBox addRow = new HBox(8, newName, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(16, grid, missingSection, addRow);
        content.getStyleClass().add("env-form-content");
        content.disableProperty().bind(vm.editableProperty().not());
        setContent(content);

        vm.rows().addListener((ListChangeListener<EnvRow>) c -> layoutRows());
        vm.missing().addListener((ListChangeListener<SchemaVariable>) c -> showMissing());
        vm.selectedRowProperty().addListener((o, was, now) -> select(was, now));
        layoutRows();
        showMissing();
    }

    private void layoutRows() {
        List<EnvRow> rows = vm.rows();
        nodes.keySet().retainAll(rows);
        grid.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            nodes.computeIfAbsent(rows.get(i), row -> new EnvFormRow(row, vm, this::scrollTo)).place(grid, i);
        }
        if (rows.isEmpty()) {
            Label empty = new Label("No variables yet.");
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            grid.add(empty, 0, 0, 2, 1);
        }
    }

    private void showMissing() {
        missing.getChildren().setAll(vm.missing().stream().map(this::addButton).toList());
        missingSection.setVisible(!vm.missing().isEmpty());
    }

    private Button addButton(SchemaVariable variable) {
        Button add = new Button(variable.name(), new FontIcon(Feather.PLUS));
        add.setId("env-add-" + variable.name().toLowerCase(Locale.ROOT));
        add.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        if (variable.required()) {
            add.getStyleClass().add(Styles.DANGER);
        }
        String about = variable.description().isEmpty() ? "" : ": " + variable.description();
        add.setTooltip(new Tooltip("Add " + variable.name() + (variable.required() ? " (required)" : "") + about));
        add.setOnAction(e -> vm.addMissing(variable));
        return add;
    }

    private void select(EnvRow was, EnvRow now) {
        if (was != null && nodes.containsKey(was)) {
            nodes.get(was).setSelected(false);
        }
        EnvFormRow shown = now == null ? null : nodes.get(now);
        if (shown != null) {
            shown.setSelected(true);
            scrollTo(shown);
        }
    }

    /** Scrolls just enough to show the row's value. */
    private void scrollTo(EnvFormRow shown) {
        layout();
        Bounds node = shown.valueNode().getBoundsInParent();
        double contentHeight = getContent().getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = getVvalue() * (contentHeight - viewport);
        if (node.getMinY() < top) {
            setVvalue(node.getMinY() / (contentHeight - viewport));
        } else if (node.getMaxY() + 24 > top + viewport) {
            setVvalue(Math.min(1, (node.getMaxY() + 24 - viewport) / (contentHeight - viewport)));
        }
    }
}
