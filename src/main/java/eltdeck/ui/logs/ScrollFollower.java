package eltdeck.ui.logs;

import eltdeck.logs.LogLine;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps the list at its newest line while following; pauses following when the user moves up (wheel, scroll
 * bar, Up, Page Up, Home) and resumes it when the user scrolls back down to the last line.
 */
final class ScrollFollower {
    private final ListView<LogLine> list;
    private final LogViewModel model;
    private boolean changedSinceScroll;

    ScrollFollower(ListView<LogLine> list, LogViewModel model) {
        this.list = list;
        this.model = model;
        list.getItems().addListener((ListChangeListener<LogLine>) change -> {
            changedSinceScroll = true;
            if (lastVisibleIndex() >= list.getItems().size()) {
                // The list shrank below the view (a new filter): move the view onto it before the next layout,
                // which otherwise starts from rows that no longer exist.
                list.scrollTo(Math.max(0, list.getItems().size() - 1));
            }
        });
        model.followProperty().addListener((o, was, following) -> {
            if (following) {
                scrollToBottom();
            }
        });
        list.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() > 0) {
                pause();
            } else if (event.getDeltaY() < 0) {
                Platform.runLater(this::resumeAtBottom);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case UP, PAGE_UP, HOME -> pause();
                default -> {
                }
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (onVerticalScrollBar(event)) {
                pause();
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (onVerticalScrollBar(event)) {
                Platform.runLater(this::resumeAtBottom);
            }
        });
    }

    /** After the model's pulse: brings the newest line into view if following and lines changed. */
    void afterPulse() {
        if (model.isFollow() && changedSinceScroll) {
            scrollToBottom();
        }
    }

    /** The index of the last line at least partly in view, or -1 before the list is drawn. */
    int lastVisibleIndex() {
        IndexedCell<?> cell = flow() == null ? null : flow().getLastVisibleCell();
        return cell == null ? -1 : cell.getIndex();
    }

    private void scrollToBottom() {
        changedSinceScroll = false;
        int size = list.getItems().size();
        if (size > 0) {
            list.scrollTo(size - 1);
        }
    }

    /** Pauses only when there is something above to scroll to. */
    private void pause() {
        IndexedCell<?> first = flow() == null ? null : flow().getFirstVisibleCell();
        if (first != null && first.getIndex() > 0) {
            model.followProperty().set(false);
        }
    }

    private void resumeAtBottom() {
        if (!model.isFollow() && !list.getItems().isEmpty() && lastVisibleIndex() == list.getItems().size() - 1) {
            model.jumpToBottom();
        }
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }

    private boolean onVerticalScrollBar(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != list; node = node.getParent()) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return true;
            }
        }
        return false;
    }
}
