package org.factdesk.ui.source;

import java.util.List;
import java.util.Objects;
import org.factdesk.logic.cleanup.CleanupProposal;
import org.factdesk.logic.cleanup.ProposedLine;
import org.factdesk.logic.importing.ExtractedSource;

/**
 * What the editor is shown before an import is added: the extraction (metadata, notices, original), its lines
 * with the clean-up proposal, and where it stands in its batch. Immutable; built off the JavaFX thread, since
 * proposing a long text takes time.
 *
 * @param name the file's name, or how a paste is named
 * @param position the file's place in its batch, from 1
 * @param count how many files the batch has; 1 for a single file or a paste
 */
public record ImportReview(ExtractedSource extracted, List<ProposedLine> lines, String name, int position,
        int count) {

    public ImportReview {
        Objects.requireNonNull(extracted);
        lines = List.copyOf(lines);
        Objects.requireNonNull(name);
        if (position < 1 || position > count) {
            throw new IllegalArgumentException("file " + position + " of " + count);
        }
    }

    /** The review of one extraction, its lines proposed here. */
    public static ImportReview of(ExtractedSource extracted, String name, int position, int count) {
        return new ImportReview(extracted, CleanupProposal.propose(extracted.draft().text()), name, position,
                count);
    }

    /** True when more files come in with it, so the editor may skip it or add the rest unasked. */
    public boolean inBatch() {
        return count > 1;
    }

    /** "File 3 of 12: name" in a batch, else the name. */
    public String heading() {
        return inBatch() ? "File " + position + " of " + count + ": " + name : name;
    }
}
