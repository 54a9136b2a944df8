package org.factdesk.ui.source;

import java.util.Objects;
import java.util.Optional;
import org.factdesk.model.SourceDraft;

/**
 * The editor's answer to an {@link ImportReview}: add the source as she left it (and perhaps the rest of the
 * batch as proposed, unasked), skip this file, or stop. Immutable.
 *
 * @param draft the source to add, with the kept lines and the edited metadata; present for the two adds only
 */
public record ImportDecision(Choice choice, Optional<SourceDraft> draft) {

    /** What the editor chose. */
    public enum Choice {
        /** Add this one; ask about the next. */
        ADD,
        /** Add this one, and every later file of the batch with the proposal applied, without asking. */
        ADD_REST_AS_PROPOSED,
        /** Do not add this file; go on with the next. */
        SKIP,
        /** Add nothing more; what was added stays. */
        STOP
    }

    public ImportDecision {
        Objects.requireNonNull(choice);
        Objects.requireNonNull(draft);
        boolean adds = choice == Choice.ADD || choice == Choice.ADD_REST_AS_PROPOSED;
        if (adds != draft.isPresent()) {
            throw new IllegalArgumentException(choice + (adds ? " needs" : " takes no") + " draft");
        }
    }

    public static ImportDecision add(SourceDraft draft) {
        return new ImportDecision(Choice.ADD, Optional.of(draft));
    }

    public static ImportDecision addThisAndTheRest(SourceDraft draft) {
        return new ImportDecision(Choice.ADD_REST_AS_PROPOSED, Optional.of(draft));
    }

    public static ImportDecision skip() {
        return new ImportDecision(Choice.SKIP, Optional.empty());
    }

    public static ImportDecision stop() {
        return new ImportDecision(Choice.STOP, Optional.empty());
    }
}
