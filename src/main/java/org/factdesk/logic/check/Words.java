package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into words (runs of letters and digits, lower-cased), each with its offsets in the text, for
 * comparing by words rather than by characters. Immutable once made; any thread.
 */
final class Words {

    final List<String> words;
    private final int[] starts;
    private final int[] ends;

    private Words(List<String> words, int[] starts, int[] ends) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
    }

    static Words of(String text) {
        List<String> words = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || isInnerMark(text, i))) {
                i++;
            }
            words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            places.add(new int[] {start, i});
        }
        int[] starts = new int[places.size()];
        int[] ends = new int[places.size()];
        for (int k = 0; k < places.size(); k++) {
            starts[k] = places.get(k)[0];
            ends[k] = places.get(k)[1];
        }
        return new Words(List.copyOf(words), starts, ends);
    }

    /** An apostrophe or hyphen between two letters stays inside the word: "Japan's", "well-known". */
    static boolean isInnerMark(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-') && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0
                && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    int size() {
        return words.size();
    }

    int start(int word) {
        return starts[word];
    }

    int end(int word) {
        return ends[word];
    }
}
