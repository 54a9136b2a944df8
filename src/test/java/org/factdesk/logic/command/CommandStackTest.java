package org.factdesk.logic.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private final List<String> log = new ArrayList<>();

    private Command command(String name) {
        return new UndoableEdit(name, () -> log.add("do " + name), () -> log.add("undo " + name));
    }

    @Test
    void undoAndRedoRunInReverseAndForwardOrder() {
        CommandStack stack = new CommandStack();
        stack.execute(command("a"));
        stack.execute(command("b"));
        stack.undo();
        stack.undo();
        stack.redo();

        assertEquals(List.of("do a", "do b", "undo b", "undo a", "do a"), log);
        assertEquals("b", stack.redoDescription().orElseThrow());
        assertEquals("a", stack.undoDescription().orElseThrow());
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedone() {
        CommandStack stack = new CommandStack();
        stack.execute(command("a"));
        stack.undo();
        stack.push(command("typed"));

        assertFalse(stack.canRedo());
        assertEquals(List.of("do a", "undo a"), log, "push records an edit already made without running it");
    }

    @Test
    void historyIsBoundedAndForgetsTheOldest() {
        CommandStack stack = new CommandStack(3);
        for (String name : List.of("a", "b", "c", "d")) {
            stack.execute(command(name));
        }
        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(List.of("undo d", "undo c", "undo b"), log.subList(4, log.size()));
    }

    @Test
    void everyChangeTicksTheRevisionAndTellsListeners() {
        CommandStack stack = new CommandStack();
        List<Long> seen = new ArrayList<>();
        stack.addListener(() -> seen.add(stack.revision()));
        stack.execute(command("a"));
        stack.undo();
        stack.undo();
        stack.clear();

        assertEquals(List.of(1L, 2L, 3L), seen, "an undo with nothing to undo changes nothing");
        assertTrue(!stack.canUndo() && !stack.canRedo());
    }
}
