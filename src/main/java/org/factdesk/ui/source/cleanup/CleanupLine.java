package org.factdesk.ui.source.cleanup;

import java.util.Objects;
import org.factdesk.logic.cleanup.ProposedLine;

/**
 * One row of the clean-up view: a line of the extracted text, what the proposal says of it, and whether it will
 * be dropped as the editor has it now. Immutable; a toggle makes a new row.
 */
public record CleanupLine(ProposedLine proposed, boolean dropped) {

    public CleanupLine {
        Objects.requireNonNull(proposed);
    }

    public String text() {
        return proposed.text();
    }

    /** True when the editor's choice differs from the proposal. */
    public boolean changedByEditor() {
        return dropped != proposed.proposedForDropping();
    }

    /**
     * Why the line is marked, in a few words beside it: the proposal's reason, "dropped by you" for a line the
     * proposal keeps, and the reason with "kept" for one the editor keeps against the proposal; empty for a
     * line kept as proposed.
     */
    public String note() {
        if (proposed.dropBecause().isEmpty()) {
            return dropped ? "dropped by you" : "";
        }
        String reason = switch (proposed.dropBecause().get()) {
            case LEADING -> "before the article";
            case TRAILING -> "site box after the article";
            case REPEATED -> "repeated";
            case NAVIGATION -> "looks like navigation";
        };
        return dropped ? reason : "kept, though " + reason;
    }

    CleanupLine toggled() {
        return new CleanupLine(proposed, !dropped);
    }
}
