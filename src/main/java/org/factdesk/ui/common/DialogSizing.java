package org.factdesk.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every dialog's size rule, so that it holds under any window manager: the dialog opens at its content's
 * preferred size, stays resizable, and grows when its content does (a validation message appearing), so its
 * buttons are never cut off. Under a window manager a dialog otherwise opened at 200×200 or could not be
 * resized. JavaFX thread.
 */
public final class DialogSizing {

    private static final Object OPENED = new Object();

    private DialogSizing() {
    }

    /** Applies the rule to {@code dialog}; call before showing it. Returns the dialog. */
    public static <D extends Dialog<?>> D fitToContent(D dialog) {
        DialogPane pane = dialog.getDialogPane();
        dialog.setResizable(true);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        // A size set before the window is mapped is lost under openbox when the owner is maximised: the dialog
        // opened at 200×200 in the screen's corner. So JavaFX opens it, and it is sized once it is on screen,
        // when the window manager's frame is also known.
        dialog.setOnShown(event -> Platform.runLater(() -> openAtPreferredSize(dialog)));
        // After each layout, make room for content that grew; the editor's own resizing is otherwise kept.
        pane.needsLayoutProperty().addListener((observable, was, needs) -> {
            if (!needs && dialog.isShowing()) {
                Platform.runLater(() -> growToContent(dialog));
            }
        });
        return dialog;
    }

    private static void openAtPreferredSize(Dialog<?> dialog) {
        Window window = window(dialog);
        if (window == null || !window.isShowing()) {
            return;
        }
        DialogPane pane = dialog.getDialogPane();
        double frameWidth = Math.max(0, window.getWidth() - window.getScene().getWidth());
        double frameHeight = Math.max(0, window.getHeight() - window.getScene().getHeight());
        Rectangle2D screen = screenOf(window);
        double contentWidth = Math.max(pane.prefWidth(-1), pane.minWidth(-1));
        double width = Math.min(Math.max(window.getWidth(), contentWidth + frameWidth), screen.getWidth());
        double height = Math.min(Math.max(window.getHeight(), pane.prefHeight(width - frameWidth) + frameHeight),
                screen.getHeight());
        // The scene width the window manager will give: until the scene has it, the layout is not yet the real one.
        pane.getProperties().put(OPENED, width - frameWidth);
        boolean resized = width != window.getWidth() || height != window.getHeight();
        window.setWidth(width);
        window.setHeight(height);
        Window owner = dialog.getOwner();
        double x = window.getX();
        double y = window.getY();
        if (resized && owner != null) {
            x = owner.getX() + (owner.getWidth() - width) / 2;
            y = owner.getY() + (owner.getHeight() - height) / 3;
        }
        window.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        window.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
    }

    private static Rectangle2D screenOf(Window window) {
        if (Double.isNaN(window.getX()) || Double.isNaN(window.getWidth())) {
            return Screen.getPrimary().getVisualBounds();
        }
        return Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    private static void growToContent(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Window window = window(dialog);
        // Until its size is applied, a dialog is laid out at JavaFX's first guess (200 pixels wide under openbox),
        // where text wraps into many lines: growing to that height kept the dialog taller than the screen.
        if (window == null || pane.getScene().getHeight() <= 0
                || !(pane.getProperties().get(OPENED) instanceof Double sceneWidth)
                || pane.getScene().getWidth() + 1 < sceneWidth) {
            return;
        }
        // Measured against the scene, not the pane: with its minimum at its preferred height the pane grows past
        // the window's bottom edge instead, and the buttons are cut off there.
        double missing = pane.prefHeight(pane.getWidth()) - pane.getScene().getHeight();
        if (missing > 0.5) {
            double needed = Math.min(window.getHeight() + missing, screenOf(window).getHeight());
            // Once a dialog is on screen, GTK under openbox ignores a new height but honours a new minimum.
            if (window instanceof Stage stage) {
                stage.setMinHeight(needed);
            }
            window.setHeight(needed);
        }
    }

    private static Window window(Dialog<?> dialog) {
        return dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
    }
}
