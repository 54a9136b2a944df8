package org.factdesk.ui.common;

import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.factdesk.logic.text.TextRules;
import org.factdesk.logic.text.TextRules.Kind;

/**
 * Keeps the characters no field may hold ({@link TextRules}) out of a text control as they are typed or
 * pasted: they are dropped, everything else in the entry is kept, and a note beside the control says what was
 * left out. Refusing the whole paste instead would lose the rest of it. JavaFX thread.
 */
public final class TextEntryGuard {

    /** Key of the control's property that holds the last note shown, for tests and accessibility tools. */
    public static final String NOTE = "factdesk.text-entry-note";

    private static final Duration NOTE_TIME = Duration.seconds(6);

    private TextEntryGuard() {
    }

    /** Installs the guard as the control's text formatter; the control must not have another one. */
    public static void install(TextInputControl control, Kind kind) {
        control.setTextFormatter(new TextFormatter<>(filter(control, kind)));
        if (control instanceof TextField) {
            control.addEventHandler(KeyEvent.KEY_PRESSED, event -> passEscapeToDialog(control, event));
        }
    }

    /**
     * A text field with a formatter consumes Esc to cancel an edit of the formatter's value; this formatter keeps
     * no value, so there is nothing to cancel, yet a dialog's Cancel never heard Esc from a guarded field (the
     * paste form, the source details, the import review's metadata). In a dialog, Esc goes on to its Cancel.
     */
    private static void passEscapeToDialog(TextInputControl control, KeyEvent event) {
        Parent parent = control.getParent();
        if (event.getCode() != KeyCode.ESCAPE || event.isShortcutDown() || event.isAltDown() || event.isShiftDown()
                || parent == null || control.getScene() == null
                || !(control.getScene().getRoot() instanceof DialogPane)) {
            return;
        }
        event.consume();
        parent.fireEvent(event.copyFor(parent, parent));
    }

    private static UnaryOperator<TextFormatter.Change> filter(TextInputControl control, Kind kind) {
        return change -> {
            String entered = change.getText();
            if (entered.isEmpty()) {
                return change;
            }
            String kept = TextRules.withoutForbidden(entered, kind);
            if (!kept.equals(entered)) {
                change.setText(kept);
                noteIfNotable(control, entered, kind);
            }
            return change;
        };
    }

    /**
     * Line breaks and tabs in a one-line field, and the C0 controls JavaFX itself always drops, go without a
     * note, as they always have; a half character or a C1 control is worth a word.
     */
    private static void noteIfNotable(TextInputControl control, String entered, Kind kind) {
        // The first notable one, not the first of all: an escape before a C1 control must not hide it.
        TextRules.normaliseLineEnds(entered).codePoints()
                .filter(codePoint -> codePoint > 0x7F)
                .mapToObj(codePoint -> TextRules.firstProblem(Character.toString(codePoint), kind))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(problem -> showNote(control, "Left out " + problem.what()
                        + " from what was entered; the rest is kept."));
    }

    private static void showNote(TextInputControl control, String note) {
        control.getProperties().put(NOTE, note);
        Bounds bounds = control.localToScreen(control.getBoundsInLocal());
        if (bounds == null || control.getScene() == null || control.getScene().getWindow() == null
                || !control.getScene().getWindow().isShowing()) {
            return;
        }
        Tooltip tooltip = new Tooltip(note);
        tooltip.setAutoHide(true);
        tooltip.show(control, bounds.getMinX(), bounds.getMaxY() + 2);
        PauseTransition wait = new PauseTransition(NOTE_TIME);
        wait.setOnFinished(event -> tooltip.hide());
        wait.play();
    }
}
