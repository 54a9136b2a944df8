package org.factdesk.model;

/**
 * One citation of a fact: either a passage of a source ({@code excerptId} set) or the whole source
 * ({@code excerptId} null). Immutable.
 */
public record Citation(long sourceId, Long excerptId) {

    public static Citation ofExcerpt(Excerpt excerpt) {
        return new Citation(excerpt.sourceId(), excerpt.id());
    }

    public static Citation ofWholeSource(long sourceId) {
        return new Citation(sourceId, null);
    }

    public boolean isWholeSource() {
        return excerptId == null;
    }
}
