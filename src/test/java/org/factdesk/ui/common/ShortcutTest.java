package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The shortcut registry's rules: no two shortcuts answer the same keys in the same place, none takes a key the
 * desktop keeps or a key a text field needs, and the keys are written as menus write them. Runs with the
 * toolkit, which matching Ctrl (Cmd on a Mac) needs.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutTest {

    /** Tab and Shift+Tab leave text boxes on purpose: that is the point of them. */
    private static final Set<Shortcut> MOVE_FOCUS = EnumSet.of(Shortcut.NEXT_FIELD, Shortcut.PREVIOUS_FIELD);

    @Start
    void start(Stage stage) {
        // The toolkit only: KeyCombination.match asks it for the platform's shortcut key.
    }

    @Test
    void noTwoShortcutsAnswerTheSameKeysWhereBothWork() {
        List<String> clashes = new ArrayList<>();
        Shortcut[] all = Shortcut.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                Shortcut one = all[i];
                Shortcut other = all[j];
                boolean sameOrWindowWide = one.scope() == other.scope() || one.scope() == Shortcut.Scope.WINDOW
                        || other.scope() == Shortcut.Scope.WINDOW;
                if (sameOrWindowWide && (shareAKey(one, other) || shareAKey(other, one))) {
                    clashes.add(one + " and " + other);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @ParameterizedTest
    @EnumSource(Shortcut.class)
    void noShortcutTakesAKeyTheDesktopKeeps(Shortcut shortcut) {
        for (KeyCombination keys : shortcut.allKeys()) {
            KeyCodeCombination combination = (KeyCodeCombination) keys;
            KeyCode code = combination.getCode();
            boolean ctrl = down(combination.getControl()) || down(combination.getShortcut());
            boolean alt = down(combination.getAlt());
            assertFalse(down(combination.getMeta()), shortcut + ": the Super key belongs to the desktop");
            assertFalse(ctrl && alt, shortcut + ": Ctrl+Alt+… switches workspaces, locks or logs out");
            assertFalse(alt && (code.isFunctionKey() || code == KeyCode.TAB || code == KeyCode.SPACE
                    || code == KeyCode.ESCAPE), shortcut + ": Alt+F4, Alt+Tab, Alt+Space… manage windows");
            assertFalse(ctrl && code.isFunctionKey(), shortcut + ": Ctrl+F1…F12 switch KDE's desktops");
            assertFalse(ctrl && code == KeyCode.ESCAPE, shortcut + ": Ctrl+Esc opens the desktop's menu");
        }
    }

    @ParameterizedTest
    @EnumSource(Shortcut.class)
    void aWindowShortcutNeverTakesAKeyATextFieldNeeds(Shortcut shortcut) {
        if (shortcut.scope() != Shortcut.Scope.WINDOW || shortcut.fieldsKeepIt() || MOVE_FOCUS.contains(shortcut)) {
            return;
        }
        for (KeyCombination keys : shortcut.allKeys()) {
            KeyCodeCombination combination = (KeyCodeCombination) keys;
            KeyCode code = combination.getCode();
            boolean ctrl = down(combination.getShortcut()) || down(combination.getControl());
            boolean alt = down(combination.getAlt());
            assertTrue(ctrl || alt || code.isFunctionKey(),
                    shortcut + ": a key without Ctrl or Alt types or moves in a field");
            assertFalse(ctrl && (code.isArrowKey() || code.isNavigationKey() || code == KeyCode.BACK_SPACE
                    || code == KeyCode.DELETE || code == KeyCode.INSERT), shortcut + ": Ctrl+arrows, "
                    + "Ctrl+Home/End and Ctrl+Backspace/Delete move and delete by words and lines");
            assertFalse(ctrl && !down(combination.getShift()) && Set.of(KeyCode.A, KeyCode.C, KeyCode.V, KeyCode.X,
                    KeyCode.Z, KeyCode.Y).contains(code), shortcut + ": a text field's own editing key");
        }
    }

    @Test
    void theTextEditingKeysAreKeptByFields() {
        for (Shortcut shortcut : List.of(Shortcut.CUT, Shortcut.COPY, Shortcut.PASTE, Shortcut.SELECT_ALL,
                Shortcut.UNDO, Shortcut.REDO)) {
            assertTrue(shortcut.fieldsKeepIt(), shortcut.name());
        }
        assertFalse(Shortcut.NEW_FACT.fieldsKeepIt(), "Ctrl+Enter makes a fact even from a fact's text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NEW_FACT|Ctrl+Enter",
        "CITE|Ctrl+Shift+Enter",
        "REDO|Ctrl+Shift+Z or Ctrl+Y",
        "MOVE_UP|Alt+Up",
        "GO_LIBRARY|Ctrl+1",
        "GO_FILTER|Ctrl+L",
        "SEARCH_PROJECT|Ctrl+Shift+F",
        "SEARCH_SHOW_HIT|Enter",
        "FIND_PREVIOUS|Shift+F3",
        "DELETE_FACT|Delete",
        "EDIT_FACT|Enter or F2",
        "FINISH_FACT|Enter or Esc",
    })
    void theReadmeWritesKeysInWords(Shortcut shortcut, String written) {
        assertTrue(ShortcutTable.markdown().contains("| " + written + " | " + shortcut.description() + " |"),
                ShortcutTable.markdown());
    }

    @Test
    void tooltipsAndTheDialogWriteKeysAsTheMenusDo() {
        assumeFalse(System.getProperty("os.name").startsWith("Mac"), "a Mac writes ⌘ for Ctrl");
        assertEquals("Ctrl+Shift+↵", Shortcut.CITE.keysText());
        assertEquals(Shortcut.REDO.keys().getDisplayText() + " or Ctrl+Y", Shortcut.REDO.keysText());
    }

    @Test
    void aShortcutMatchesEachOfItsKeysAndNoOthers() {
        assertTrue(Shortcut.REDO.matches(press(KeyCode.Y, true, false, false)));
        assertTrue(Shortcut.REDO.matches(press(KeyCode.Z, true, true, false)));
        assertFalse(Shortcut.REDO.matches(press(KeyCode.Z, true, false, false)), "Ctrl+Z is undo");
        assertTrue(Shortcut.FINISH_FACT.matches(press(KeyCode.ENTER, false, true, false)), "Shift+Enter too");
        assertFalse(Shortcut.MOVE_UP.matches(press(KeyCode.UP, false, false, false)), "a plain Up moves the caret");
    }

    private static boolean shareAKey(Shortcut one, Shortcut other) {
        for (KeyCombination keys : one.allKeys()) {
            KeyCodeCombination combination = (KeyCodeCombination) keys;
            KeyEvent event = press(combination.getCode(), down(combination.getShortcut())
                    || down(combination.getControl()), down(combination.getShift()), down(combination.getAlt()));
            if (other.matches(event)) {
                return true;
            }
        }
        return false;
    }

    private static KeyEvent press(KeyCode code, boolean ctrl, boolean shift, boolean alt) {
        boolean mac = System.getProperty("os.name").startsWith("Mac");
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl && !mac, alt, ctrl && mac);
    }

    private static boolean down(KeyCombination.ModifierValue value) {
        return value == KeyCombination.ModifierValue.DOWN;
    }
}
