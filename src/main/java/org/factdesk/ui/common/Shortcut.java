package org.factdesk.ui.common;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the workstation, defined once: its keys, the label its menu item shows, what it
 * does, and where it works. Menus, the shortcut router, the cards, the tooltips, the Keyboard shortcuts dialog
 * (F1) and the README's table all read these, so none of them can disagree with the keys.
 *
 * <p>Keys are chosen not to clash with text editing (a text field keeps Ctrl+Z, Ctrl+C, Ctrl+A…; see
 * {@link #fieldsKeepIt()}) nor with the desktops' own keys (GNOME, KDE and Windows keep Alt+F4, Alt+Tab,
 * Ctrl+Alt+arrows, Ctrl+F1…F12 and the Super key). Immutable; the display texts read the platform, so use
 * them on the JavaFX thread or in tests.
 */
public enum Shortcut {

    // File
    NEW_PROJECT(Scope.WINDOW, "New project…", "Create a new project file", combo(KeyCode.N)),
    OPEN_PROJECT(Scope.WINDOW, "Open project…", "Open a project file", combo(KeyCode.O)),
    PASTE_SOURCE(Scope.WINDOW, "Paste text…", "Add a source by pasting its text", shiftCombo(KeyCode.V)),
    OPEN_SOURCE_FILES(Scope.WINDOW, "Open files…", "Add sources from text, web page, e-mail, PDF or Word files",
            shiftCombo(KeyCode.O)),
    CORRECT_TEXT(Scope.WINDOW, "Correct text…", "Correct the shown source's text: edit it, or extract it again",
            shiftCombo(KeyCode.T)),
    EXPORT_HTML(Scope.WINDOW, "HTML…", "Export the story as HTML", combo(KeyCode.E)),
    PRINT(Scope.WINDOW, "Print…", "Print the story", combo(KeyCode.P)),
    QUIT(Scope.WINDOW, "Quit", "Quit Factdesk", combo(KeyCode.Q)),

    // Edit
    UNDO(Scope.WINDOW, "Undo", "Undo your typing in this field, then the last change",
            combo(KeyCode.Z)),
    REDO(Scope.WINDOW, "Redo", "Redo what was undone", shiftCombo(KeyCode.Z), combo(KeyCode.Y)),
    CUT(Scope.WINDOW, "Cut", "Cut the selected text of a field", combo(KeyCode.X)),
    COPY(Scope.WINDOW, "Copy", "Copy the selected text (a field or the source text)", combo(KeyCode.C)),
    PASTE(Scope.WINDOW, "Paste", "Paste into the field you are in", combo(KeyCode.V)),
    SELECT_ALL(Scope.WINDOW, "Select all", "Select all the text of the field or source text",
            combo(KeyCode.A)),
    FIND(Scope.WINDOW, "Find in source…", "Find words in the source text shown", combo(KeyCode.F)),
    FIND_NEXT(Scope.WINDOW, "Find next", "Go to the next match in the source text", plain(KeyCode.F3)),
    FIND_PREVIOUS(Scope.WINDOW, "Find previous", "Go to the previous match in the source text",
            new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN)),
    SEARCH_PROJECT(Scope.WINDOW, "Search the project…", "Search the text and details of every source",
            shiftCombo(KeyCode.F)),
    NEW_FACT(Scope.WINDOW, "New fact from selection", "Make a new fact from the selected passage",
            combo(KeyCode.ENTER)),
    CITE(Scope.WINDOW, "Cite selection in current fact", "Add the selected passage to the current fact",
            shiftCombo(KeyCode.ENTER)),
    DELETE_FACT(Scope.FACT_CARD, "Delete fact", "Delete the fact (the status bar offers to undo it)",
            plain(KeyCode.DELETE)),

    // Story
    NEW_STORY(Scope.WINDOW, "New story", "Start a new story", shiftCombo(KeyCode.N)),
    ADD_NARRATIVE(Scope.WINDOW, "Add narrative", "Add a narrative and go to its label", shiftCombo(KeyCode.A)),
    COPY_STORY_TEXT(Scope.WINDOW, "Copy story as text", "Copy the whole story as plain text",
            shiftCombo(KeyCode.C)),

    // View
    DARK_THEME(Scope.WINDOW, "Dark theme", "Switch between the light and the dark theme", shiftCombo(KeyCode.D)),

    // Go: one key per pane
    GO_LIBRARY(Scope.WINDOW, "Source library", "Go to the source library (arrow keys pick a source)",
            combo(KeyCode.DIGIT1)),
    GO_SOURCE_TEXT(Scope.WINDOW, "Source text", "Go to the source text (Shift+arrows select a passage)",
            combo(KeyCode.DIGIT2)),
    GO_FACTS(Scope.WINDOW, "Facts", "Go to the current fact", combo(KeyCode.DIGIT3)),
    GO_NARRATIVES(Scope.WINDOW, "Narratives", "Go to the first narrative", combo(KeyCode.DIGIT4)),
    GO_CHECKS(Scope.WINDOW, "Checks", "Go to the findings of the checks (arrow keys show each one)",
            combo(KeyCode.DIGIT5)),
    NEXT_FINDING(Scope.WINDOW, "Next finding", "Go to the place of the next finding of the checks",
            plain(KeyCode.F8)),
    PREVIOUS_FINDING(Scope.WINDOW, "Previous finding", "Go to the place of the previous finding of the checks",
            new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN)),
    GO_FILTER(Scope.WINDOW, "Filter sources", "Go to the source library's filter", combo(KeyCode.L)),

    // Help
    SHORTCUTS(Scope.WINDOW, "Keyboard shortcuts", "List these shortcuts", plain(KeyCode.F1)),

    // Inside the panes
    NEXT_FIELD(Scope.WINDOW, "Next field", "Go to the next field or button, also out of a text box",
            plain(KeyCode.TAB)),
    PREVIOUS_FIELD(Scope.WINDOW, "Previous field", "Go to the previous field or button",
            new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN)),
    EDIT_FACT(Scope.FACT_CARD, "Edit fact", "Edit the fact's text", plain(KeyCode.ENTER), plain(KeyCode.F2)),
    FINISH_FACT(Scope.FACT_TEXT, "Finish editing", "Finish editing the fact's text",
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_ANY), plain(KeyCode.ESCAPE)),
    MOVE_UP(Scope.CARD, "Move up", "Move the fact or narrative up", alt(KeyCode.UP)),
    MOVE_DOWN(Scope.CARD, "Move down", "Move the fact or narrative down", alt(KeyCode.DOWN)),
    FIND_BAR_NEXT(Scope.FIND_BAR, "Next match", "Go to the next match", plain(KeyCode.ENTER)),
    FIND_BAR_PREVIOUS(Scope.FIND_BAR, "Previous match", "Go to the previous match",
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_DOWN)),
    CLOSE_FIND(Scope.FIND_BAR, "Close", "Close the find bar and go back to the source text",
            plain(KeyCode.ESCAPE)),
    SEARCH_TO_HITS(Scope.SEARCH, "Go to the hits", "Go from the query to the list of hits", plain(KeyCode.DOWN)),
    SEARCH_SHOW_HIT(Scope.SEARCH, "Show hit", "Search now (in the query), or show the chosen hit in its source",
            plain(KeyCode.ENTER)),
    SEARCH_CLOSE(Scope.SEARCH, "Close", "Close the search window", plain(KeyCode.ESCAPE));

    /** Where a shortcut works. */
    public enum Scope {
        /** Anywhere in the window: a menu item's accelerator, sent on by the shell's shortcut router. */
        WINDOW("Anywhere"),
        /** On a fact card that has the focus (not while its text is being edited). */
        FACT_CARD("A fact card"),
        /** In a fact's text while it is being edited. */
        FACT_TEXT("A fact's text, editing"),
        /** On a fact card or in a narrative card. */
        CARD("A fact or narrative card"),
        /** In the find bar over the source text. */
        FIND_BAR("The find bar"),
        /** In the "Search the project" window. */
        SEARCH("The search window");

        private final String where;

        Scope(String where) {
            this.where = where;
        }

        /** "Anywhere", "A fact card"…: the dialog's and the README's "Where" column. */
        public String where() {
            return where;
        }
    }

    private final Scope scope;
    private final String label;
    private final String description;
    @SuppressWarnings("ImmutableEnumChecker") // List.of, unmodifiable; KeyCodeCombination has no setters
    private final List<KeyCombination> keys;

    Shortcut(Scope scope, String label, String description, KeyCombination... keys) {
        this.scope = scope;
        this.label = label;
        this.description = description;
        this.keys = List.of(keys);
    }

    public Scope scope() {
        return scope;
    }

    /** The menu item's text, e.g. "New fact from selection". */
    public String label() {
        return label;
    }

    /** What the keys do, as the dialog and the README say it. */
    public String description() {
        return description;
    }

    /** The main keys; a menu item shows these. */
    public KeyCombination keys() {
        return keys.get(0);
    }

    /** The main keys and any others that do the same (Ctrl+Y for Redo). */
    public List<KeyCombination> allKeys() {
        return keys;
    }

    public boolean matches(KeyEvent event) {
        return keys.stream().anyMatch(combination -> combination.match(event));
    }

    /** The keys as this platform writes them ("Ctrl+Shift+Enter"; "Enter or F2"), for tooltips and the dialog. */
    public String keysText() {
        return keys.stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(" or "));
    }

    /**
     * The text-editing keys (undo, redo, cut, copy, paste, select all): while a text field has the focus it
     * acts on them itself, so they reach the menu only from elsewhere (the source text, a card).
     */
    public boolean fieldsKeepIt() {
        return switch (this) {
            case UNDO, REDO, CUT, COPY, PASTE, SELECT_ALL -> true;
            default -> false;
        };
    }

    /** Ctrl (Cmd on a Mac) with the key. */
    private static KeyCombination combo(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** Ctrl+Shift (Cmd+Shift on a Mac) with the key. */
    private static KeyCombination shiftCombo(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static KeyCombination plain(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }
}
