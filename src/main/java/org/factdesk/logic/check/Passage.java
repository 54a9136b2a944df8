package org.factdesk.logic.check;

/**
 * A passage of a source's current text that a finding can reveal: UTF-16 offsets into the stored text
 * (docs/decisions/0009). Immutable.
 */
public record Passage(long sourceId, int start, int end) {

    public Passage {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("passage offsets out of order: " + start + ".." + end);
        }
    }
}
