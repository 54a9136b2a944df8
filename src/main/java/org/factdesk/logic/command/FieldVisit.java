package org.factdesk.logic.command;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one typing rule: a visit to a text field is one undo step. Typing is shown and saved per keystroke
 * elsewhere; a visit remembers the value as it was when the field was entered ({@link #begin()}) and, when the
 * field is left ({@link #end()}), hands that value to the editor, which records the change as one step. A
 * structural command during the visit (a move, a delete) first closes the step and opens the next one
 * ({@link #checkpoint()}), so undo never mixes typing with the command. The editor knows the visit that is open
 * and checkpoints it itself. Used on the thread that owns the document (the JavaFX thread).
 *
 * @param <T> the value a step restores: a fact's text, a story's title and lede, a narrative
 */
public final class FieldVisit<T> {

    private final Supplier<T> current;
    private final Consumer<T> finish;
    private final Consumer<FieldVisit<?>> opened;
    private final Consumer<FieldVisit<?>> closed;
    private T before;

    /**
     * @param current the value as the document has it now, or null when it is gone
     * @param finish records the change since the given value as one undo step
     */
    FieldVisit(Supplier<T> current, Consumer<T> finish, Consumer<FieldVisit<?>> opened,
            Consumer<FieldVisit<?>> closed) {
        this.current = Objects.requireNonNull(current);
        this.finish = Objects.requireNonNull(finish);
        this.opened = Objects.requireNonNull(opened);
        this.closed = Objects.requireNonNull(closed);
    }

    /** The user entered the field: remember the value as it is. Entering again while open changes nothing. */
    public void begin() {
        if (before == null) {
            before = current.get();
            if (before != null) {
                opened.accept(this);
            }
        }
    }

    /** The user left the field: what changed since {@link #begin()} becomes one undo step. */
    public void end() {
        if (before != null) {
            T start = before;
            before = null;
            closed.accept(this);
            finish.accept(start);
        }
    }

    /** Closes the step so far and, as the user is still in the field, opens the next one. */
    public void checkpoint() {
        if (before != null) {
            end();
            begin();
        }
    }

    public boolean isOpen() {
        return before != null;
    }
}
