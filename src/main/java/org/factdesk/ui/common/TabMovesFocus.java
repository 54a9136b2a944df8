package org.factdesk.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * Makes Tab and Shift+Tab ({@link Shortcut#NEXT_FIELD}, {@link Shortcut#PREVIOUS_FIELD}) move the focus out of a
 * text box, as they do out of a one-line field. A text area would otherwise type an invisible tab character (a
 * lede, a narrative, a fact), and the read-only source text would keep the focus for good. JavaFX thread.
 */
public final class TabMovesFocus {

    private TabMovesFocus() {
    }

    /** Tab leaves the area forwards, Shift+Tab backwards; tabs can still be pasted. */
    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (isTab(event)) {
                event.consume();
                // JavaFX's text area moves the focus on Ctrl+Tab and Ctrl+Shift+Tab; it has no public call for it.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
    }

    /**
     * RichTextFX consumes Tab even in a read-only area; ignoring it here lets the scene's own focus traversal
     * take it, which is what a Tab anywhere else does.
     */
    public static void install(GenericStyledArea<?, ?, ?> area) {
        Nodes.addInputMap(area, InputMap.ignore(EventPattern.keyPressed().onlyIf(TabMovesFocus::isTab)));
    }

    private static boolean isTab(KeyEvent event) {
        return Shortcut.NEXT_FIELD.matches(event) || Shortcut.PREVIOUS_FIELD.matches(event);
    }
}
