package org.factdesk.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How the index holds words: {@link FoldingAnalyzer}'s words (lower case, no accents), each then cut to its
 * English stem, a possessive "'s" dropped and the Porter stemmer applied, as Lucene's {@code EnglishAnalyzer}
 * does ("piers" and "pier" are "pier"; "corrected" and "correction" are "correct"). No stop words, so phrases
 * still match word for word, position for position. Stemming changes a word's letters, never its offsets, so
 * hits and snippets stay exact on the original text. A query's words are folded by {@link SearchQuery} and
 * stemmed here one by one ({@link #stem}), the same per-word steps, so they meet the indexed terms.
 * Thread-safe (Lucene keeps one token stream per thread).
 */
final class StemmingAnalyzer extends Analyzer {

    private static final Analyzer ONE_WORD = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer word = new KeywordTokenizer();
            return new TokenStreamComponents(word, stemmed(word));
        }
    };

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        TokenStreamComponents folded = FoldingAnalyzer.components();
        return new TokenStreamComponents(folded.getSource(), stemmed(folded.getTokenStream()));
    }

    /** The index term of {@code foldedWord}, one word as {@link SearchQuery} folds it. */
    static String stem(String foldedWord) {
        try (TokenStream stream = ONE_WORD.tokenStream(ProjectSearchIndex.TEXT_FIELD, foldedWord)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : foldedWord;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    private static TokenStream stemmed(TokenStream words) {
        return new PorterStemFilter(new EnglishPossessiveFilter(words));
    }
}
