package org.factdesk.model;

import java.util.List;

/**
 * What a correction of a source's text did: the version number the new text got, every excerpt of the source
 * as now stored (each with its {@link Anchoring} outcome), and how many facts were flagged for review because a
 * passage they cite moved or was orphaned. Immutable.
 *
 * @param version the new text's version (the text the source was added with is version 1)
 * @param excerpts the source's excerpts in the order the correction was given them
 */
public record TextCorrection(long sourceId, int version, List<Excerpt> excerpts, int flaggedFacts) {

    public TextCorrection {
        if (version < 2) {
            throw new IllegalArgumentException("a corrected text is version 2 or later, not " + version);
        }
        excerpts = List.copyOf(excerpts);
        if (flaggedFacts < 0) {
            throw new IllegalArgumentException("flagged facts cannot be negative: " + flaggedFacts);
        }
    }

    /** How many excerpts ended with {@code outcome}. */
    public long count(Anchoring outcome) {
        return excerpts.stream().filter(excerpt -> excerpt.anchoring() == outcome).count();
    }
}
