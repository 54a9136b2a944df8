package org.factdesk.logic.search;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes accents from a word, whether they came precomposed ("é", one character) or as a separate combining
 * mark ("e" followed by U+0301), by decomposing the word (NFD) and dropping its non-spacing marks. Lucene's
 * ASCII folding alone leaves a combining mark in place, so a text pasted from a Mac would not match. Words of
 * plain ASCII pass untouched. One instance per token stream; Lucene uses it on one thread at a time.
 */
final class MarkStrippingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    MarkStrippingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (isAscii(term)) {
            return true;
        }
        String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                kept.append(c);
            }
        }
        if (kept.length() > 0) {
            term.setEmpty().append(kept);
        }
        return true;
    }

    private static boolean isAscii(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
