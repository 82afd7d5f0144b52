package eltdeck.ui.logs;

import eltdeck.logs.AnsiColor;
import eltdeck.logs.LineSegments;
import eltdeck.logs.LogLine;
import eltdeck.logs.LogLineFormat;
import eltdeck.logs.TextQuery;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One log line: timestamp, stream tag and styled text as Text nodes in a TextFlow. Text has no background,
 * so highlights and ANSI background colours are shapes behind the flow, cut to the characters they cover.
 */
final class StyledLineNode extends Region {
    /** Characters {@code [start, end)} of the flow get a background: an ANSI colour, or the highlight's if null. */
    private record Backdrop(int start, int end, AnsiColor color) {
    }

    private final TextFlow flow = new TextFlow();
    private final Group backdrops = new Group();
    private final List<Backdrop> wanted = new ArrayList<>();

    StyledLineNode() {
        getStyleClass().add("log-line");
        backdrops.setManaged(false);
        getChildren().addAll(backdrops, flow);
    }

    void show(LogLine line, LogLineFormat format, TextQuery highlight, int streamSlot) {
        List<Node> texts = new ArrayList<>();
        wanted.clear();
        String timestamp = format.timestamp(line);
        if (!timestamp.isEmpty()) {
            texts.add(text(timestamp, "log-timestamp"));
        }
        String tag = format.tag(line);
        if (!tag.isEmpty()) {
            texts.add(text(tag, "log-tag", "stream-" + streamSlot));
        }
        int offset = timestamp.length() + tag.length();
        String plain = line.plainText();
        for (LineSegments.Segment segment : LineSegments.of(line.text(), highlight.find(plain))) {
            Text text = new Text(plain.substring(segment.start(), segment.end()));
            AnsiStyles.style(text, segment.style(), line.level());
            AnsiColor background = segment.style().background();
            if (segment.highlighted()) {
                text.getStyleClass().add("log-match");
                wanted.add(new Backdrop(offset + segment.start(), offset + segment.end(), null));
            } else if (background != null) {
                wanted.add(new Backdrop(offset + segment.start(), offset + segment.end(), background));
            }
            texts.add(text);
        }
        flow.getChildren().setAll(texts);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        flow.resizeRelocate(insets.getLeft(), insets.getTop(), flow.prefWidth(-1), flow.prefHeight(-1));
        // The backdrops need the flow's character positions, which its own layout settles.
        flow.layout();
        List<Node> shapes = new ArrayList<>(wanted.size());
        for (Backdrop backdrop : wanted) {
            Path shape = new Path(flow.rangeShape(backdrop.start(), backdrop.end()));
            shape.setManaged(false);
            shape.setStrokeWidth(0);
            shape.setLayoutX(flow.getLayoutX());
            shape.setLayoutY(flow.getLayoutY());
            if (backdrop.color() == null) {
                shape.getStyleClass().add("log-match-background");
            } else {
                AnsiStyles.paintBackground(shape, backdrop.color());
            }
            shapes.add(shape);
        }
        backdrops.getChildren().setAll(shapes);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + flow.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + flow.prefHeight(-1) + snappedBottomInset();
    }

    private static Text text(String content, String... styleClasses) {
        Text text = new Text(content);
        text.getStyleClass().addAll(styleClasses);
        return text;
    }
}
