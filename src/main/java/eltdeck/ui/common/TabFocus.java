package eltdeck.ui.common;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;

/**
 * Shows a tab and puts the keyboard focus in it, so the next key acts there (Enter opens the selected container's
 * logs, not what kept the focus outside). The focus goes to the node a pane marked with {@link #TARGET} (its main
 * button), else to the first table or list (with its first row selected), else to the first control that takes focus.
 */
public final class TabFocus {
    /** The style class a pane puts on the node that should get the focus when its tab is brought up by a shortcut. */
    public static final String TARGET = "tab-focus-target";

    private TabFocus() {
    }

    public static void show(Tab tab) {
        tab.getTabPane().getSelectionModel().select(tab);
        // After the pulse that lays out the newly shown content: before it, its nodes may not be in the scene yet.
        Platform.runLater(() -> focusInto(tab.getContent()));
    }

    public static void focusInto(Node content) {
        Optional<Node> target = first(content, n -> n.getStyleClass().contains(TARGET))
                .or(() -> first(content, n -> n instanceof TableView || n instanceof ListView || n instanceof TreeView))
                .or(() -> first(content, Node::isFocusTraversable));
        target.ifPresent(node -> {
            selectFirstRow(node);
            node.requestFocus();
        });
    }

    private static void selectFirstRow(Node node) {
        if (node instanceof TableView<?> table && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        } else if (node instanceof ListView<?> list && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** The first node, depth first, that matches and can take the focus now (shown and enabled). */
    private static Optional<Node> first(Node node, Predicate<Node> wanted) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (wanted.test(node)) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = first(child, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
