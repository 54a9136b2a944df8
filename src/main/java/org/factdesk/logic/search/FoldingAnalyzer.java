package org.factdesk.logic.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How both the indexed texts and the queries are cut into words: Unicode word boundaries, lower case, accents
 * and other marks removed ({@link MarkStrippingFilter}), then folded to ASCII where a letter has an ASCII
 * spelling ("ß" becomes "ss", "ø" becomes "o"). So "ZELENSKY" finds "Zelensky" and "senor" finds "señor". No
 * stop words: a phrase in quotes must match word for word. Token offsets stay those of the original text
 * (UTF-16 units), which is what hits are reported in. The index goes on to stem these words
 * ({@link StemmingAnalyzer}); a query keeps them as folded, for it to stem one by one. Thread-safe (Lucene keeps one token stream per thread).
 */
final class FoldingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return components();
    }

    /** The tokenizer and folding chain, for an analyzer that goes on from the folded words. */
    static TokenStreamComponents components() {
        StandardTokenizer words = new StandardTokenizer();
        // Long runs without a break (a base64 blob pasted into a source) are cut, not dropped.
        words.setMaxTokenLength(255);
        TokenStream folded = new ASCIIFoldingFilter(new MarkStrippingFilter(new LowerCaseFilter(words)));
        return new TokenStreamComponents(words, folded);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new MarkStrippingFilter(new LowerCaseFilter(in)));
    }
}
