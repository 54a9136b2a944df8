package org.factdesk.logic.check.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into words for matching the lexicon: runs of letters and digits, with an apostrophe between two
 * letters kept inside ("it's", "regime's"; curly ones read as straight), lower-cased. A hyphen separates words
 * as a space does, so "so-called" and "so called" are the same two words. For each word it keeps its offsets
 * and whether only white space or hyphens stand between it and the word before, since a phrase must not match
 * across punctuation ("some, say"). Immutable once made; any thread.
 */
final class Tokens {

    private final String text;
    private final List<String> words;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] joined;

    private Tokens(String text, List<String> words, int[] starts, int[] ends, boolean[] joined) {
        this.text = text;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.joined = joined;
    }

    static Tokens of(String text) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || isInnerApostrophe(text, i))) {
                i++;
            }
            words.add(text.substring(start, i).replace('\u2019', '\'').toLowerCase(Locale.ROOT));
            spans.add(new int[] {start, i});
        }
        int n = spans.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        boolean[] joined = new boolean[n];
        for (int k = 0; k < n; k++) {
            starts[k] = spans.get(k)[0];
            ends[k] = spans.get(k)[1];
            joined[k] = k > 0 && onlySpaceOrHyphen(text, ends[k - 1], starts[k]);
        }
        return new Tokens(text, List.copyOf(words), starts, ends, joined);
    }

    /** A term as the lexicon keys it: its words, lower-cased, one space apart ("So-Called" is "so called"). */
    static String key(String term) {
        return String.join(" ", of(term).words);
    }

    private static boolean isInnerApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean onlySpaceOrHyphen(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '\u2010'
                    && c != '\u2011') {
                return false;
            }
        }
        return true;
    }

    int size() {
        return words.size();
    }

    String word(int k) {
        return words.get(k);
    }

    /** The word without a possessive ending: "regime's" and "regimes'" read as "regime" and "regimes". */
    String withoutPossessive(int k) {
        String word = words.get(k);
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    /** True when word {@code k} follows word {@code k - 1} with only white space or hyphens between them. */
    boolean joinedToPrevious(int k) {
        return joined[k];
    }

    /**
     * True when word {@code k} looks like a name: written with a capital and small letters ("Legend", "Hero")
     * after the start of a sentence, so "Claimed" opening a sentence still counts but "Mayor Ines Hero" does not.
     */
    boolean looksLikeName(int k) {
        String written = text.substring(starts[k], ends[k]);
        if (!Character.isUpperCase(written.charAt(0)) || written.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        return k > 0 && !opensSentence(text, ends[k - 1], starts[k]);
    }

    private static boolean opensSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (".!?:;\n([\u2014\"\u201C\u2018".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
