package org.factdesk.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Keeps whatever has the focus inside a scroll pane in view: JavaFX scroll panes do not follow the focus, so a
 * card added at the bottom of a long list would take the caret out of sight. JavaFX thread.
 */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    /** From now on, scrolls {@code scroll} whenever a node inside its content gains the focus. */
    public static void followFocus(ScrollPane scroll) {
        scroll.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((focus, was, now) -> {
                    if (now != null && isInside(now, scroll.getContent())) {
                        // Wait for the layout pass: a card just added has no place yet.
                        Platform.runLater(() -> revealFocused(scroll, now));
                    }
                });
            }
        });
    }

    /** Scrolls the least distance that shows {@code node} whole (or its top, if it is taller than the view). */
    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || !isInside(node, content)) {
            return;
        }
        // A card added this pulse has no size yet; measure it now rather than after the next pulse.
        if (content instanceof Parent parent) {
            parent.applyCss();
            parent.layout();
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (inContent == null || contentHeight <= viewHeight) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewHeight);
        double newTop = top;
        if (inContent.getMinY() < top) {
            newTop = inContent.getMinY();
        } else if (inContent.getMaxY() > top + viewHeight) {
            newTop = Math.min(inContent.getMinY(), inContent.getMaxY() - viewHeight);
        }
        if (newTop != top) {
            scroll.setVvalue(newTop / (contentHeight - viewHeight));
        }
    }

    /** Shows the focused node's whole card if the view can hold it, else the focused node itself. */
    static void revealFocused(ScrollPane scroll, Node focused) {
        Node item = itemHolding(focused, scroll.getContent());
        boolean fits = item.getBoundsInLocal().getHeight() <= scroll.getViewportBounds().getHeight();
        reveal(scroll, fits ? item : focused);
    }

    /** The list item (a child of the scrolled content) that holds {@code node}: a card comes into view whole. */
    private static Node itemHolding(Node node, Node content) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current.getParent() == content) {
                return current;
            }
        }
        return node;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }
}
