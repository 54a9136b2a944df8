package org.factdesk.logic.cleanup;

import java.util.Objects;
import java.util.Optional;

/**
 * One non-blank line of an imported text, with whether the clean-up proposes to drop it and why.
 *
 * @param index the line's place among the text's non-blank lines, from 0
 */
public record ProposedLine(int index, String text, Optional<CleanupReason> dropBecause) {

    public ProposedLine {
        Objects.requireNonNull(text);
        Objects.requireNonNull(dropBecause);
    }

    public boolean proposedForDropping() {
        return dropBecause.isPresent();
    }
}
