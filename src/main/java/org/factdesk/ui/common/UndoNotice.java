package org.factdesk.ui.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The status line's offer to take back a deletion: it says what was deleted and offers Undo, which undoes that
 * step on the one history of structural edits. The offer lapses as soon as the history moves on (another edit,
 * an undo or a redo, another story), so its Undo can never take back anything else. Holds no controls.
 * JavaFX thread.
 */
public final class UndoNotice {

    private final Runnable undo;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper();

    /**
     * @param historyRevision ticks on every change of the history
     * @param undo undoes the last step of that history
     */
    UndoNotice(ObservableValue<? extends Number> historyRevision, Runnable undo) {
        this.undo = Objects.requireNonNull(undo);
        historyRevision.addListener((observable, old, now) -> withdraw());
    }

    /** Offers to undo the step just done; call right after it is on the history. */
    public void offer(String what) {
        message.set(what);
        offered.set(true);
    }

    /** Undoes the offered step, if the offer still stands. */
    public void undo() {
        if (offered.get()) {
            withdraw();
            undo.run();
        }
    }

    private void withdraw() {
        offered.set(false);
        message.set("");
    }

    /** "Deleted fact 2: “…”", or empty when nothing is offered. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }
}
