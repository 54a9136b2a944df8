package org.factdesk.logic.search;

import java.util.Objects;

/**
 * One place where a query matched: the part of the source (its text or a metadata field), where in that part
 * (UTF-16 offsets; for the text, offsets into the stored text with {@code \n} line ends, as ADR 0009 has them),
 * and the snippet around it. For a phrase the hit runs from its first word to its last. Immutable.
 */
public record SearchHit(SearchField field, int start, int end, Snippet snippet) {

    public SearchHit {
        Objects.requireNonNull(field);
        Objects.requireNonNull(snippet);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("hit out of order: " + start + ".." + end);
        }
    }

    public boolean inText() {
        return field.isText();
    }
}
