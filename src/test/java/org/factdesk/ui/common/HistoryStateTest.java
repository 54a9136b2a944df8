package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.logic.command.CommandStack;
import org.factdesk.logic.command.Command;
import org.junit.jupiter.api.Test;

class HistoryStateTest {

    private final List<String> log = new ArrayList<>();
    private final CommandStack stack = new CommandStack();
    private final HistoryState history = new HistoryState(stack);

    private Command edit(String name) {
        return new Command() {
            @Override
            public void execute() {
                log.add("do " + name);
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }

            @Override
            public String description() {
                return name;
            }
        };
    }

    @Test
    void menuTextsAndAvailabilityFollowTheStack() {
        assertFalse(history.canUndoProperty().get());
        assertEquals("Undo", history.undoTextProperty().get());

        stack.execute(edit("rename story"));
        assertTrue(history.canUndoProperty().get());
        assertEquals("Undo rename story", history.undoTextProperty().get());
        assertFalse(history.canRedoProperty().get());

        history.undo();
        assertEquals(List.of("do rename story", "undo rename story"), log);
        assertEquals("Redo rename story", history.redoTextProperty().get());
        assertEquals("Undo", history.undoTextProperty().get());

        history.redo();
        assertEquals("do rename story", log.get(2));
        assertEquals("Redo", history.redoTextProperty().get());
    }

    @Test
    void anUndoOfferLapsesWhenTheHistoryMovesOn() {
        stack.execute(edit("delete fact"));
        history.undoNotice().offer("Deleted fact 1");
        long before = history.revisionProperty().get();
        stack.execute(edit("move fact"));

        assertTrue(history.revisionProperty().get() > before);
        assertFalse(history.undoNotice().offeredProperty().get());
        history.undoNotice().undo();
        assertEquals(List.of("do delete fact", "do move fact"), log, "a lapsed offer undoes nothing");
    }
}
