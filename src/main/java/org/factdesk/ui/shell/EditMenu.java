package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.ShortcutItems.item;
import static org.factdesk.ui.shell.ShortcutItems.keyed;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.Shortcut;
import org.factdesk.ui.facts.FactBuilderModel;
import org.factdesk.ui.source.SourcePane;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Edit menu: undo and redo on the one history, Cut, Copy, Paste and Select all on the focused text
 * ({@link FocusedText}), Find in the shown source, and the fact commands. Every key comes from {@link Shortcut}.
 * JavaFX thread.
 */
final class EditMenu {

    private EditMenu() {
    }

    /**
     * @param finishTyping ends the typing in the focused field, so that it becomes its own undo step before an
     *     undo or redo from the menu runs; otherwise it would be recorded after them
     */
    static Menu create(EditorSession session, FactBuilderModel facts, SourcePane source, FocusedText text,
                       Runnable finishTyping, Runnable searchProject) {
        MenuItem undo = keyed(new MenuItem("", Icons.of(Feather.CORNER_UP_LEFT)), Shortcut.UNDO);
        undo.textProperty().bind(session.history().undoTextProperty());
        undo.disableProperty().bind(session.history().canUndoProperty().not());
        undo.setOnAction(event -> {
            finishTyping.run();
            session.history().undo();
        });
        MenuItem redo = keyed(new MenuItem("", Icons.of(Feather.CORNER_UP_RIGHT)), Shortcut.REDO);
        redo.textProperty().bind(session.history().redoTextProperty());
        redo.disableProperty().bind(session.history().canRedoProperty().not());
        redo.setOnAction(event -> {
            finishTyping.run();
            session.history().redo();
        });

        MenuItem cut = item(Shortcut.CUT, Feather.SCISSORS, text::cut);
        cut.disableProperty().bind(text.canCutProperty().not());
        MenuItem copy = item(Shortcut.COPY, Feather.COPY, text::copy);
        copy.disableProperty().bind(text.canCopyProperty().not());
        MenuItem paste = item(Shortcut.PASTE, Feather.CLIPBOARD, text::paste);
        paste.disableProperty().bind(text.canPasteProperty().not());
        MenuItem selectAll = item(Shortcut.SELECT_ALL, null, text::selectAll);
        selectAll.disableProperty().bind(text.canSelectAllProperty().not());

        MenuItem find = item(Shortcut.FIND, Feather.SEARCH, source::find);
        MenuItem findNext = item(Shortcut.FIND_NEXT, null, source::findNext);
        MenuItem findPrevious = item(Shortcut.FIND_PREVIOUS, null, source::findPrevious);
        for (MenuItem item : new MenuItem[] {find, findNext, findPrevious}) {
            item.disableProperty().bind(source.canFindProperty().not());
        }

        MenuItem search = item(Shortcut.SEARCH_PROJECT, Feather.FILE_TEXT, searchProject);
        search.disableProperty().bind(session.project().projectProperty().isNull());

        MenuItem newFact = item(Shortcut.NEW_FACT, Feather.PLUS, facts::newFactFromSelection);
        newFact.disableProperty().bind(facts.passageSelectedProperty().not());
        MenuItem cite = item(Shortcut.CITE, Feather.LINK, facts::citeSelection);
        cite.disableProperty().bind(facts.passageSelectedProperty().and(facts.factSelectedProperty()).not());
        MenuItem delete = item(Shortcut.DELETE_FACT, Feather.TRASH_2, facts::deleteSelected);
        delete.disableProperty().bind(facts.factSelectedProperty().not());

        Menu edit = new Menu("Edit");
        edit.getItems().setAll(undo, redo, new SeparatorMenuItem(), cut, copy, paste, selectAll,
                new SeparatorMenuItem(), find, findNext, findPrevious, search, new SeparatorMenuItem(), newFact, cite,
                delete);
        return edit;
    }
}
