package org.factdesk.logic.command;

/** A command made of two actions, for edits whose undo is simply another edit. */
record UndoableEdit(String description, Runnable forward, Runnable backward) implements Command {

    @Override
    public void execute() {
        forward.run();
    }

    @Override
    public void undo() {
        backward.run();
    }
}
