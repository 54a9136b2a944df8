package org.factdesk.model;

import java.util.Objects;

/**
 * A passage of a source: offsets into the source text, the exact quote, and a little text on either side so
 * that the passage can be found again when the source text is corrected, and how that last went. Immutable.
 *
 * @param start offset of the first character of the quote in the source text
 * @param end offset just past the last character of the quote
 * @param anchoring the outcome of the last correction of the source's text; an {@link Anchoring#ORPHANED}
 *     excerpt's quote is its last known quote and its offsets point into an earlier text, not the current one
 */
public record Excerpt(long id, long sourceId, int start, int end, String quote, String contextBefore,
                      String contextAfter, Anchoring anchoring) {

    public Excerpt {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("excerpt offsets out of order: " + start + ".." + end);
        }
        quote = Texts.orEmpty(quote);
        contextBefore = Texts.orEmpty(contextBefore);
        contextAfter = Texts.orEmpty(contextAfter);
        Objects.requireNonNull(anchoring, "anchoring");
    }

    /** An excerpt that has not been through a correction of its source. */
    public Excerpt(long id, long sourceId, int start, int end, String quote, String contextBefore,
                   String contextAfter) {
        this(id, sourceId, start, end, quote, contextBefore, contextAfter, Anchoring.UNCHANGED);
    }

    /** True when the excerpt was lost in a correction: its offsets are not a place in the current text. */
    public boolean isOrphaned() {
        return anchoring == Anchoring.ORPHANED;
    }

    /** The same excerpt, found again at {@code newStart..newEnd} of a corrected text, with the outcome. */
    public Excerpt placedAt(ExcerptDraft place, Anchoring outcome) {
        if (outcome == Anchoring.ORPHANED) {
            throw new IllegalArgumentException("an orphaned excerpt has no place; use orphaned()");
        }
        return new Excerpt(id, sourceId, place.start(), place.end(), place.quote(), place.contextBefore(),
                place.contextAfter(), outcome);
    }

    /** The same excerpt, lost: its quote, context and offsets stay as last known. */
    public Excerpt orphaned() {
        return new Excerpt(id, sourceId, start, end, quote, contextBefore, contextAfter, Anchoring.ORPHANED);
    }
}
