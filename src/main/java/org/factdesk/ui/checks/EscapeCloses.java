package org.factdesk.ui.checks;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes Esc close a dialog from wherever the keyboard is in it. A list view takes Esc to end an edit it never
 * started, and a text field with a formatter (every field, through the text guard) takes it to undo an edit
 * it has nothing to undo; either way the dialog's own Cancel never heard it. An open drop-down still closes
 * first. JavaFX thread.
 */
final class EscapeCloses {

    private EscapeCloses() {
    }

    /** Esc anywhere in {@code dialog} presses its {@code cancel} button. */
    static void install(Dialog<?> dialog, ButtonType cancel) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ESCAPE || (event.getTarget() instanceof ComboBoxBase<?> box
                    && box.isShowing())) {
                return;
            }
            if (dialog.getDialogPane().lookupButton(cancel) instanceof Button button) {
                event.consume();
                button.fire();
            }
        });
    }
}
