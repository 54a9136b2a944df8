package org.factdesk.model;

/**
 * A passage about to be stored as an excerpt. {@link #of(long, String, int, int)} cuts the quote and its
 * context out of the source text, so every caller records passages the same way. Immutable.
 */
public record ExcerptDraft(long sourceId, int start, int end, String quote, String contextBefore,
                           String contextAfter) {

    /** How many characters of context are kept on either side of a quote. */
    public static final int CONTEXT_LENGTH = 40;

    public ExcerptDraft {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("excerpt offsets out of order: " + start + ".." + end);
        }
        quote = Texts.orEmpty(quote);
        contextBefore = Texts.orEmpty(contextBefore);
        contextAfter = Texts.orEmpty(contextAfter);
    }

    /** The passage {@code start..end} of {@code sourceText}, with its context. */
    public static ExcerptDraft of(long sourceId, String sourceText, int start, int end) {
        if (start < 0 || end > sourceText.length() || end < start) {
            throw new IllegalArgumentException(
                    "passage " + start + ".." + end + " is outside a text of " + sourceText.length() + " characters");
        }
        return new ExcerptDraft(sourceId, start, end, sourceText.substring(start, end),
                sourceText.substring(Math.max(0, start - CONTEXT_LENGTH), start),
                sourceText.substring(end, Math.min(sourceText.length(), end + CONTEXT_LENGTH)));
    }
}
