package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.tunnel.TunnelStatus;
import eltdeck.ui.common.ColumnHeaders;
import eltdeck.ui.common.TunnelRow;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected profile's tunnels with their live status, one line each. A busy local port shows its remedy beside
 * the status ("Use port N"; why 4200 cannot move is in the tooltip); each row can be opened in the browser and stopped.
 */
public final class TunnelTable extends TableView<TunnelRow> {
    private static final double HEADER_HEIGHT = 44;
    private static final double ROW_HEIGHT = 40;
    /** Beyond this many tunnels the table scrolls. */
    private static final int MAX_ROWS_SHOWN = 8;

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ProfileActions actions;
    private ProfileViewModel shown;

    public TunnelTable(ProfileActions actions) {
        ColumnHeaders.neverCut(this);
        this.actions = actions;
        setId("tunnel-table");
        getStyleClass().add(Styles.STRIPED);
        // Only the status column takes the spare width; the others keep what their content needs.
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setPlaceholder(new Label("This profile has no tunnels: add them with Edit."));
        getColumns().add(fixed(text("Tunnel", TunnelRow::label), 140));
        getColumns().add(fixed(number("Remote", r -> new ReadOnlyObjectWrapper<>(r.remotePort())), 78));
        getColumns().add(fixed(number("Local", r -> r.localPortProperty().asObject()), 78));
        TableColumn<TunnelRow, TunnelRow> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setMinWidth(180);
        getColumns().add(status);
        getColumns().add(fixed(number("Latency", TunnelRow::latencyProperty), 80));
        getColumns().add(fixed(number("In", TunnelRow::bytesInProperty), 76));
        getColumns().add(fixed(number("Out", TunnelRow::bytesOutProperty), 76));
        TableColumn<TunnelRow, TunnelRow> buttons = new TableColumn<>("");
        buttons.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        buttons.setCellFactory(c -> new ActionsCell());
        buttons.setSortable(false);
        getColumns().add(fixed(buttons, 168));
    }

    public void show(ProfileViewModel vm) {
        shown = vm;
        active.unbind();
        active.bind(vm.activeProperty());
        setItems(vm.tunnels());
        prefHeightProperty().bind(Bindings.createDoubleBinding(() -> HEADER_HEIGHT
                + ROW_HEIGHT * Math.max(1, Math.min(MAX_ROWS_SHOWN, vm.tunnels().size())), vm.tunnels()));
        setMinHeight(HEADER_HEIGHT + ROW_HEIGHT);
    }

    private static <T> TableColumn<TunnelRow, T> fixed(TableColumn<TunnelRow, T> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    private static TableColumn<TunnelRow, String> text(String title, Function<TunnelRow, String> value) {
        TableColumn<TunnelRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** A right-aligned figure column. */
    private static <T> TableColumn<TunnelRow, T> number(String title, Function<TunnelRow, ObservableValue<T>> value) {
        TableColumn<TunnelRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /**
     * The status in its colour on one line (rows keep one height, so five tunnels fit); the whole description and
     * what to do about it in the tooltip, and the "Use port N" remedy for a busy port beside the status.
     */
    private final class StatusCell extends TableCell<TunnelRow, TunnelRow> {
        private final Text status = new Text();
        private final Button move = new Button();
        private final Tooltip detail = new Tooltip();
        private final HBox box;
        private final InvalidationListener restyle = o -> restyle();
        private TunnelRow current;

        StatusCell() {
            Circle dot = new Circle(4);
            dot.getStyleClass().add("tunnel-dot");
            status.getStyleClass().add("tunnel-status-text");
            detail.setWrapText(true);
            detail.setMaxWidth(420);
            move.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
            move.visibleProperty().bind(move.textProperty().isNotEmpty());
            move.managedProperty().bind(move.visibleProperty());
            box = new HBox(8, dot, status, move);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("tunnel-status");
        }

        @Override
        protected void updateItem(TunnelRow row, boolean empty) {
            super.updateItem(row, empty);
            status.textProperty().unbind();
            detail.textProperty().unbind();
            move.textProperty().unbind();
            if (current != null) {
                current.kindProperty().removeListener(restyle);
            }
            current = empty ? null : row;
            if (current == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            status.textProperty().bind(row.summaryProperty());
            detail.textProperty().bind(Bindings.createStringBinding(() -> row.adviceProperty().get().isEmpty()
                    ? row.statusProperty().get() : row.statusProperty().get() + "\n" + row.adviceProperty().get(),
                    row.statusProperty(), row.adviceProperty()));
            setTooltip(detail);
            move.setId("move-" + row.remotePort());
            move.textProperty().bind(Bindings.createStringBinding(() -> row.suggestedPortProperty().get() == 0 ? ""
                    : "Use port " + row.suggestedPortProperty().get(), row.suggestedPortProperty()));
            move.setTooltip(new Tooltip("Forward " + row.label() + " on this free port for this session;"
                    + " the profile keeps " + row.spec().localPort()));
            move.setOnAction(e -> shown.useSuggestedPort(row));
            row.kindProperty().addListener(restyle);
            restyle();
            setGraphic(box);
        }

        private void restyle() {
            box.getStyleClass().removeIf(c -> c.startsWith("tunnel-") && !c.equals("tunnel-status"));
            box.getStyleClass().add(TunnelRow.styleClass(current.kindProperty().get()));
        }
    }

    /** Open in the browser; Stop or Start. */
    private final class ActionsCell extends TableCell<TunnelRow, TunnelRow> {
        private final Button open = new Button("Open", new FontIcon(Feather.EXTERNAL_LINK));
        private final Button toggle = new Button();
        private final HBox box = new HBox(6, open, toggle);

        ActionsCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            open.getStyleClass().add(Styles.SMALL);
            toggle.getStyleClass().add(Styles.SMALL);
            toggle.setMinWidth(68);
        }

        @Override
        protected void updateItem(TunnelRow row, boolean empty) {
            super.updateItem(row, empty);
            open.disableProperty().unbind();
            toggle.textProperty().unbind();
            toggle.graphicProperty().unbind();
            toggle.disableProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            open.setId("open-" + row.remotePort());
            open.setTooltip(new Tooltip("Open " + row.label() + " in the browser"));
            open.disableProperty().bind(row.kindProperty().isNotEqualTo(TunnelStatus.Kind.UP));
            open.setOnAction(e -> actions.openInBrowser(row.browserUrl()));
            toggle.setId("toggle-" + row.remotePort());
            toggle.textProperty().bind(Bindings.when(row.kindProperty().isEqualTo(TunnelStatus.Kind.STOPPED))
                    .then("Start").otherwise("Stop"));
            toggle.graphicProperty().bind(Bindings.createObjectBinding(
                    () -> new FontIcon(row.isStopped() ? Feather.PLAY : Feather.SQUARE), row.kindProperty()));
            toggle.disableProperty().bind(active.not().or(row.kindProperty().isNull()));
            toggle.setOnAction(e -> shown.toggleTunnel(row));
            setGraphic(box);
        }
    }
}
