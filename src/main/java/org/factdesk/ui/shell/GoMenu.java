package org.factdesk.ui.shell;

import java.util.function.IntConsumer;
import static org.factdesk.ui.shell.ShortcutItems.item;

import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.factdesk.ui.common.Shortcut;
import org.factdesk.ui.facts.FactBuilderPane;
import org.factdesk.ui.narratives.NarrativePanel;
import org.factdesk.ui.source.SourcePane;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Go menu: one shortcut per pane, so the keyboard reaches the library, the source text, the facts, the
 * narratives and the library's filter without Tab-ing through everything between. JavaFX thread.
 */
final class GoMenu {

    private GoMenu() {
    }

    /**
     * @param checks puts the keyboard on the findings of the checks
     * @param nextFinding goes to the place of the next (1) or previous (-1) finding
     */
    static Menu create(SourcePane source, FactBuilderPane facts, NarrativePanel narratives, Runnable checks,
                       IntConsumer nextFinding) {
        Menu go = new Menu("Go");
        go.getItems().setAll(
                item(Shortcut.GO_LIBRARY, Feather.BOOK, source::focusLibrary),
                item(Shortcut.GO_SOURCE_TEXT, Feather.FILE_TEXT, source::focusText),
                item(Shortcut.GO_FACTS, Feather.LIST, facts::focusCurrentFact),
                item(Shortcut.GO_NARRATIVES, Feather.MESSAGE_SQUARE, narratives::focusNarratives),
                item(Shortcut.GO_CHECKS, Feather.CHECK_SQUARE, checks),
                new SeparatorMenuItem(),
                item(Shortcut.NEXT_FINDING, Feather.CHEVRONS_DOWN, () -> nextFinding.accept(1)),
                item(Shortcut.PREVIOUS_FINDING, Feather.CHEVRONS_UP, () -> nextFinding.accept(-1)),
                new SeparatorMenuItem(),
                item(Shortcut.GO_FILTER, Feather.FILTER, source::focusFilter));
        return go;
    }
}
