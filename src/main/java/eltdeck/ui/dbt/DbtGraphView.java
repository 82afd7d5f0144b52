package eltdeck.ui.dbt;

import eltdeck.dbt.DbtGraph;
import eltdeck.dbt.DbtNode;
import eltdeck.dbt.NodeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;

/**
 * A project's graph drawn left to right: a column per layer (sources first), each node a box coloured by its last
 * result, edges as curves from parent to child. Ctrl+wheel (or {@link #zoomProperty}) zooms, the scroll bars pan, a
 * click selects. Nodes have the id {@code dbt-node-<unique id with dots as dashes>}.
 */
final class DbtGraphView extends ScrollPane {
    private static final double COLUMN = 250;
    private static final double ROW = 52;
    private static final double MARGIN = 20;
    private static final double NODE_WIDTH = 200;
    private static final double NODE_HEIGHT = 34;

    private final Pane canvas = new Pane();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final Map<String, Label> boxes = new HashMap<>();
    private Consumer<String> onSelect = id -> { };
    /** Keeps the whole graph in view (as the viewport or the project changes) until the user zooms by hand. */
    private boolean fitting = true;
    private Set<String> drawnIds = Set.of();

    DbtGraphView() {
        setId("dbt-graph");
        getStyleClass().add("dbt-graph");
        setContent(new Group(canvas));
        setPannable(true);
        canvas.scaleXProperty().bind(zoom);
        canvas.scaleYProperty().bind(zoom);
        viewportBoundsProperty().addListener(o -> {
            if (fitting) {
                fitToView();
            }
        });
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1);
                e.consume();
            }
        });
    }

    static String nodeId(String uniqueId) {
        return "dbt-node-" + uniqueId.replace('.', '-');
    }

    void onSelect(Consumer<String> action) {
        onSelect = action;
    }

    void zoomBy(double factor) {
        fitting = false;
        zoom.set(clampZoom(zoom.get() * factor));
    }

    /** Zooms so the whole graph shows, and keeps it so as the view resizes, until the user zooms again. */
    void fit() {
        fitting = true;
        fitToView();
    }

    /** Zooms so the whole graph shows (never above 100 %): a first look at a project should show all of it. */
    private void fitToView() {
        Bounds view = getViewportBounds();
        double width = canvas.prefWidth(-1);
        double height = canvas.prefHeight(-1);
        if (view.getWidth() <= 0 || view.getHeight() <= 0 || width <= 0 || height <= 0) {
            return;
        }
        zoom.set(clampZoom(Math.min(1, Math.min(view.getWidth() / width, view.getHeight() / height))));
        setHvalue(0);
        setVvalue(0);
    }

    private static double clampZoom(double value) {
        return Math.max(0.3, Math.min(2.5, value));
    }

    /** Shows nothing (no project read yet). */
    void clear() {
        canvas.getChildren().clear();
        boxes.clear();
    }

    /** Draws {@code graph}, each node with the style class {@code shade} gives it. */
    void draw(DbtGraph graph, Function<String, String> shade, String selected) {
        clear();
        Map<String, double[]> at = positions(graph);
        for (DbtGraph.Edge e : graph.edges()) {
            double[] from = at.get(e.from());
            double[] to = at.get(e.to());
            double x1 = from[0] + NODE_WIDTH;
            double y1 = from[1] + NODE_HEIGHT / 2;
            double x2 = to[0];
            double y2 = to[1] + NODE_HEIGHT / 2;
            double bend = Math.max(40, (x2 - x1) / 2);
            CubicCurve curve = new CubicCurve(x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2);
            curve.getStyleClass().add("dbt-edge");
            canvas.getChildren().add(curve);
        }
        for (DbtNode node : graph.nodes().values()) {
            Label box = new Label(node.label());
            box.setId(nodeId(node.uniqueId()));
            box.getStyleClass().addAll("dbt-node", "dbt-" + node.type().prefix(), shade.apply(node.uniqueId()));
            box.setPrefSize(NODE_WIDTH, NODE_HEIGHT);
            box.setMinSize(NODE_WIDTH, NODE_HEIGHT);
            box.setTooltip(new Tooltip(node.type().prefix() + " " + node.label()
                    + (node.materialized() == null || node.type() != NodeType.MODEL ? "" : " (" + node.materialized() + ")")));
            double[] p = at.get(node.uniqueId());
            box.relocate(p[0], p[1]);
            box.setOnMouseClicked(e -> onSelect.accept(node.uniqueId()));
            boxes.put(node.uniqueId(), box);
            canvas.getChildren().add(box);
        }
        select(selected);
        if (!boxes.keySet().equals(drawnIds)) {
            drawnIds = Set.copyOf(boxes.keySet());
            fitting = true;
            Platform.runLater(this::fitToView);
        }
    }

    /** Marks {@code id} selected and scrolls it into view. */
    void select(String id) {
        boxes.values().forEach(b -> b.getStyleClass().remove("dbt-node-selected"));
        Label box = id == null ? null : boxes.get(id);
        if (box == null) {
            return;
        }
        box.getStyleClass().add("dbt-node-selected");
        Bounds content = getContent().getLayoutBounds();
        Bounds node = canvas.localToParent(box.getBoundsInParent());
        double w = content.getWidth() - getViewportBounds().getWidth();
        double h = content.getHeight() - getViewportBounds().getHeight();
        if (w > 0) {
            setHvalue(Math.max(0, Math.min(1, (node.getMinX() - getViewportBounds().getWidth() / 3) / w)));
        }
        if (h > 0) {
            setVvalue(Math.max(0, Math.min(1, (node.getMinY() - getViewportBounds().getHeight() / 3) / h)));
        }
    }

    /**
     * x by layer; y by order within the layer, each layer after the first sorted by the mean row of its parents (one
     * barycentre pass, which untangles most crossings of a small project).
     */
    private static Map<String, double[]> positions(DbtGraph graph) {
        Map<Integer, List<String>> columns = new TreeMap<>();
        graph.layers().forEach((id, layer) -> columns.computeIfAbsent(layer, k -> new ArrayList<>()).add(id));
        Map<String, Integer> row = new HashMap<>();
        Map<String, double[]> at = new HashMap<>();
        for (Map.Entry<Integer, List<String>> column : columns.entrySet()) {
            List<String> ids = column.getValue();
            if (column.getKey() > 0) {
                ids.sort(Comparator.comparingDouble((String id) -> graph.nodes().get(id).dependsOn().stream()
                        .filter(row::containsKey).mapToInt(row::get).average().orElse(Double.MAX_VALUE)));
            }
            for (int i = 0; i < ids.size(); i++) {
                row.put(ids.get(i), i);
                at.put(ids.get(i), new double[] {MARGIN + column.getKey() * COLUMN, MARGIN + i * ROW});
            }
        }
        return at;
    }
}
