package org.factdesk.logic.anchoring;

import java.util.Objects;

/**
 * What is known of a passage when it is looked for again in a changed text: its exact quote, the text just
 * before and after it, and where it was (a W3C Web Annotation "text quote selector" with a position hint, as the
 * Hypothesis client keeps them). Immutable.
 *
 * @param prefix the text just before the quote, at most {@link QuoteSearch#CONTEXT_LENGTH} characters
 * @param suffix the text just after the quote, at most {@link QuoteSearch#CONTEXT_LENGTH} characters
 * @param hint the quote's old start offset
 */
record TextQuote(String exact, String prefix, String suffix, int hint) {

    TextQuote {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
    }
}
