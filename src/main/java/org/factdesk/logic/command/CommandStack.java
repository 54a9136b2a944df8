package org.factdesk.logic.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The one undo history of structural edits. Bounded, so a long session does not hold every edit forever; the
 * revision ticks on every change so observers can refresh. Not thread-safe: use it from the JavaFX thread.
 */
public final class CommandStack {

    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final Deque<Command> undoable = new ArrayDeque<>();
    private final Deque<Command> redoable = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private long revision;

    public CommandStack() {
        this(DEFAULT_LIMIT);
    }

    public CommandStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    /** Runs a command and makes it the next to undo. */
    public void execute(Command command) {
        command.execute();
        push(command);
    }

    /** Records a command whose change has already been made (a finished text edit, say). */
    public void push(Command command) {
        undoable.push(command);
        if (undoable.size() > limit) {
            undoable.removeLast();
        }
        redoable.clear();
        changed();
    }

    public void undo() {
        if (undoable.isEmpty()) {
            return;
        }
        Command command = undoable.pop();
        command.undo();
        redoable.push(command);
        changed();
    }

    public void redo() {
        if (redoable.isEmpty()) {
            return;
        }
        Command command = redoable.pop();
        command.redo();
        undoable.push(command);
        changed();
    }

    public boolean canUndo() {
        return !undoable.isEmpty();
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undoable.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redoable.peek()).map(Command::description);
    }

    /** Forgets all history, as when another story or project is opened. */
    public void clear() {
        undoable.clear();
        redoable.clear();
        changed();
    }

    public long revision() {
        return revision;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        revision++;
        listeners.forEach(Runnable::run);
    }
}
