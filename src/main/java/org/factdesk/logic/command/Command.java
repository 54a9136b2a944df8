package org.factdesk.logic.command;

/**
 * A structural edit that can be undone: it changes the editor's document at once and queues its write. Runs on
 * the thread that owns the document (the JavaFX thread).
 */
public interface Command {

    /** Short, for menus: "Undo New fact". */
    String description();

    void execute();

    void undo();

    default void redo() {
        execute();
    }
}
