package eltdeck.ui.containers;

import atlantafx.base.theme.Styles;
import eltdeck.stack.Uptime;
import eltdeck.ui.common.ColumnHeaders;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;

/** The stack's containers: service, container, image, state, health, uptime, ports; sortable by each. */
final class ContainerTable extends TableView<ContainerRow> {
    private static final String NOT_SHOWN = "—";

    ContainerTable() {
        ColumnHeaders.neverCut(this);
        setId("containers-table");
        getStyleClass().add(Styles.DENSE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setRowFactory(t -> new StatusTooltipRow());

        TableColumn<ContainerRow, String> service = text("Service", 110, r -> fixed(r.service()));
        TableColumn<ContainerRow, String> name = text("Container", 160, r -> fixed(r.name()));
        TableColumn<ContainerRow, String> image = text("Image", 170, r -> fixed(r.image()));
        TableColumn<ContainerRow, String> state = text("State", 100, ContainerRow::stateProperty);
        state.setCellFactory(c -> new StateCell());
        TableColumn<ContainerRow, String> health = text("Health", 80, ContainerRow::healthProperty);
        health.setCellFactory(c -> new HealthCell());
        TableColumn<ContainerRow, Uptime> uptime = new TableColumn<>("Uptime");
        uptime.setCellValueFactory(c -> c.getValue().uptimeProperty());
        uptime.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        uptime.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Uptime value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value == null ? NOT_SHOWN : value.text());
            }
        });
        // Docker's words ("About a minute", "Less than a second") are kept whole.
        uptime.setMinWidth(150);
        uptime.setPrefWidth(160);
        TableColumn<ContainerRow, String> ports = text("Ports", 220, ContainerRow::portsProperty);
        getColumns().setAll(List.of(service, name, image, state, health, uptime, ports));
        getSortOrder().add(service);
    }

    /** Shows these rows, sorted as the user clicked the headers. */
    void show(ObservableList<ContainerRow> rows) {
        SortedList<ContainerRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
    }

    private static TableColumn<ContainerRow, String> text(String title, double width,
                                                          Function<ContainerRow, ObservableValue<String>> value) {
        TableColumn<ContainerRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setPrefWidth(width);
        return column;
    }

    private static ObservableValue<String> fixed(String value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    /** A dot in the state's colour, then docker's word for it. */
    private static final class StateCell extends TableCell<ContainerRow, String> {
        private final Circle dot = new Circle(4);

        StateCell() {
            setAlignment(Pos.CENTER_LEFT);
            setGraphicTextGap(7);
        }

        @Override
        protected void updateItem(String state, boolean empty) {
            super.updateItem(state, empty);
            if (empty || state == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            dot.getStyleClass().setAll("container-dot", "container-" + state.toLowerCase(Locale.ROOT));
            setText(state);
            setGraphic(dot);
        }
    }

    private static final class HealthCell extends TableCell<ContainerRow, String> {
        @Override
        protected void updateItem(String health, boolean empty) {
            super.updateItem(health, empty);
            getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            if (empty || health == null) {
                setText(null);
                return;
            }
            setText(health.isEmpty() ? NOT_SHOWN : health);
            switch (health) {
                case "healthy" -> getStyleClass().add(Styles.SUCCESS);
                case "unhealthy" -> getStyleClass().add(Styles.DANGER);
                case "starting" -> getStyleClass().add(Styles.WARNING);
                default -> { }
            }
        }
    }

    /** docker's own status line ("Exited (1) 2 minutes ago") on hover. */
    private static final class StatusTooltipRow extends TableRow<ContainerRow> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(ContainerRow row, boolean empty) {
            super.updateItem(row, empty);
            tip.textProperty().unbind();
            if (empty || row == null) {
                setTooltip(null);
                setId(null);
                return;
            }
            setId("container-" + row.name());
            tip.textProperty().bind(Bindings.concat(row.name(), ": ", row.statusProperty()));
            setTooltip(tip);
        }
    }
}
