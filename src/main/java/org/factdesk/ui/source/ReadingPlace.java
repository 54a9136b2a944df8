package org.factdesk.ui.source;

/**
 * Where the editor is reading: a source, by id, and the first paragraph of its text shown at the top of the
 * reader (paragraph indexes hold, as a source's text is never changed in place: docs/decisions/0009). Immutable.
 */
public record ReadingPlace(long sourceId, int topParagraph) {

    public ReadingPlace {
        if (topParagraph < 0) {
            throw new IllegalArgumentException("a paragraph index is never negative: " + topParagraph);
        }
    }
}
