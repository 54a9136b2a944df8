package org.factdesk.ui.source;

import java.util.List;

/**
 * A stretch of source text cited by one or more facts, as plain data for the view to paint. Ranges handed to
 * the view never overlap and are sorted by start. Immutable.
 *
 * @param start offset of the first highlighted character
 * @param end offset just past the last highlighted character
 * @param factIndexes positions (from 0) of the facts citing this stretch, ascending, never empty
 * @param colour the {@link org.factdesk.ui.common.FactColors} style class of the first citing fact: the fact's
 *               own colour, so it stays when facts are reordered
 */
public record HighlightRange(int start, int end, List<Integer> factIndexes, String colour) {

    public HighlightRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("highlight out of order: " + start + ".." + end);
        }
        factIndexes = List.copyOf(factIndexes);
        if (factIndexes.isEmpty()) {
            throw new IllegalArgumentException("a highlight needs a fact");
        }
        java.util.Objects.requireNonNull(colour, "colour");
    }

    /** True when more than one fact cites this stretch. */
    public boolean isShared() {
        return factIndexes.size() > 1;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
