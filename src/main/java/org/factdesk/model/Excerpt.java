package org.factdesk.model;

/**
 * A passage of a source: offsets into the source text, the exact quote, and a little text on either side so
 * that the passage can be found again if the source text is ever changed. Immutable.
 *
 * @param start offset of the first character of the quote in the source text
 * @param end offset just past the last character of the quote
 */
public record Excerpt(long id, long sourceId, int start, int end, String quote, String contextBefore,
                      String contextAfter) {

    public Excerpt {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("excerpt offsets out of order: " + start + ".." + end);
        }
        quote = Texts.orEmpty(quote);
        contextBefore = Texts.orEmpty(contextBefore);
        contextAfter = Texts.orEmpty(contextAfter);
    }
}
