package org.factdesk.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Every dialog's size rule, so that it holds under any window manager: the dialog opens at its content's
 * preferred size, stays resizable, and grows when its content does (a validation message appearing), so its
 * buttons are never cut off. Under a window manager a dialog otherwise opened at 200×200 or could not be
 * resized. JavaFX thread.
 */
public final class DialogSizing {

    private DialogSizing() {
    }

    /** Applies the rule to {@code dialog}; call before showing it. Returns the dialog. */
    public static <D extends Dialog<?>> D fitToContent(D dialog) {
        DialogPane pane = dialog.getDialogPane();
        dialog.setResizable(true);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        // Sized before it is mapped. Under openbox the dialog still opens at 200×200 (resizable); resizing it just
        // after it is mapped gave the right size but left its content unpainted in Xvfb: not solved yet.
        dialog.setOnShowing(event -> openAtPreferredSize(dialog));
        // After each layout, make room for content that grew; the editor's own resizing is otherwise kept.
        pane.needsLayoutProperty().addListener((observable, was, needs) -> {
            if (!needs && dialog.isShowing()) {
                growToContent(dialog);
            }
        });
        return dialog;
    }

    private static void openAtPreferredSize(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Window window = window(dialog);
        if (window == null) {
            return;
        }
        pane.applyCss();
        // What the window adds around its scene: the decorations, when the toolkit counts them.
        // Before it is first shown a window's size is NaN, which must not reach the layout (it never returns).
        double frameWidth = frame(window.getWidth(), window.getScene().getWidth());
        double frameHeight = frame(window.getHeight(), window.getScene().getHeight());
        Rectangle2D screen = screenOf(window);
        double width = Math.min(Math.max(pane.prefWidth(-1), pane.minWidth(-1)) + frameWidth, screen.getWidth());
        double height = Math.min(pane.prefHeight(width - frameWidth) + frameHeight, screen.getHeight());
        window.setWidth(width);
        window.setHeight(height);
        Window owner = dialog.getOwner();
        if (owner != null) {
            window.setX(Math.max(screen.getMinX(), owner.getX() + (owner.getWidth() - width) / 2));
            window.setY(Math.max(screen.getMinY(), owner.getY() + (owner.getHeight() - height) / 3));
        }
    }

    private static double frame(double window, double scene) {
        double frame = window - scene;
        return Double.isNaN(frame) || frame < 0 ? 0 : frame;
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
        if (window == null || pane.getHeight() <= 0) {
            return;
        }
        double missing = pane.prefHeight(pane.getWidth()) - pane.getHeight();
        if (missing > 0.5) {
            window.setHeight(Math.min(window.getHeight() + missing, screenOf(window).getHeight()));
        }
    }

    private static Window window(Dialog<?> dialog) {
        return dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
    }
}
