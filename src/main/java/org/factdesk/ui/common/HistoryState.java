package org.factdesk.ui.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.factdesk.logic.command.CommandStack;

/**
 * The undo history as the menus and the status line see it: whether undo and redo are possible, their menu
 * texts, and a revision that moves with every change, all mirrored from the one {@link CommandStack}. Used on the
 * JavaFX thread only (the stack changes there).
 */
public final class HistoryState {

    private final CommandStack stack;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final UndoNotice undoNotice;

    public HistoryState(CommandStack stack) {
        this.stack = Objects.requireNonNull(stack);
        this.undoNotice = new UndoNotice(revision, this::undo);
        stack.addListener(this::stackChanged);
    }

    public void undo() {
        stack.undo();
    }

    public void redo() {
        stack.redo();
    }

    private void stackChanged() {
        revision.set(stack.revision());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoText.set(stack.undoDescription().map(text -> "Undo " + text).orElse("Undo"));
        redoText.set(stack.redoDescription().map(text -> "Redo " + text).orElse("Redo"));
    }

    /** The offer to undo a deletion that the status line shows. */
    public UndoNotice undoNotice() {
        return undoNotice;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
