package org.factdesk.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What the editor asked to find: words that must all occur in a source (in its text or its metadata), and
 * phrases in quotes whose words must occur one after the other. Each word is folded as the index folds the
 * texts (lower case, no accents), so matching ignores case and accents. Straight and curly quotes both mark a
 * phrase; a quote left open runs to the end. A word that the folding splits ("e-mail", "U.K.'s") is matched as a
 * phrase of its parts. Immutable; any thread.
 *
 * @param text the query as typed
 * @param clauses each a word (one term) or a phrase (several), folded; never empty
 */
public record SearchQuery(String text, List<List<String>> clauses) {

    private static final Analyzer FOLDING = new FoldingAnalyzer();

    public SearchQuery {
        clauses = clauses.stream().map(List::copyOf).toList();
        if (clauses.isEmpty() || clauses.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a query needs at least one word");
        }
    }

    /**
     * Reads a query as typed.
     *
     * @throws SearchQueryException if it holds no word to look for (only spaces, quotes or punctuation)
     */
    public static SearchQuery parse(String typed) throws SearchQueryException {
        String text = typed == null ? "" : typed;
        List<List<String>> clauses = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        boolean inPhrase = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isQuote(c)) {
                addChunk(clauses, chunk);
                inPhrase = !inPhrase;
            } else if (!inPhrase && Character.isWhitespace(c)) {
                addChunk(clauses, chunk);
            } else {
                chunk.append(c);
            }
        }
        addChunk(clauses, chunk);
        if (clauses.isEmpty()) {
            boolean blank = text.chars().allMatch(c -> Character.isWhitespace(c) || isQuote((char) c));
            throw new SearchQueryException(blank ? "the query is empty: give a word to look for"
                    : "the query \"" + text.strip() + "\" holds no word to look for, only punctuation");
        }
        return new SearchQuery(text, clauses);
    }

    /** Whether this query asks for a phrase (several words in a row) anywhere. */
    public boolean hasPhrase() {
        return clauses.stream().anyMatch(clause -> clause.size() > 1);
    }

    private static void addChunk(List<List<String>> clauses, StringBuilder chunk) {
        if (chunk.length() == 0) {
            return;
        }
        List<String> words = fold(chunk.toString());
        chunk.setLength(0);
        if (words.isEmpty()) {
            return;
        }
        // A phrase of one word is that word; a word the folding split is the phrase of its parts.
        clauses.add(words);
    }

    /** The words of {@code text}, folded as the index folds them; the index then holds their stems. */
    static List<String> fold(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = FOLDING.tokenStream(ProjectSearchIndex.TEXT_FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }
}
