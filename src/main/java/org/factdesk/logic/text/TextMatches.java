package org.factdesk.logic.text;

import java.util.Arrays;

/**
 * Every place a text holds a query, ignoring case: the matches in text order, none overlapping, all as long as
 * the query. Finding them is one pass over the text, a few milliseconds for a 1 MB source, so a find field can
 * search again on every keystroke. Immutable; any thread.
 */
public final class TextMatches {

    private static final TextMatches NONE = new TextMatches(new int[0], 0);

    private final int[] starts;
    private final int length;

    private TextMatches(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    /** The matches of {@code query} in {@code text}, ignoring case; none for an empty query. */
    public static TextMatches of(String text, String query) {
        int length = query.length();
        if (length == 0 || length > text.length()) {
            return NONE;
        }
        char first = query.charAt(0);
        char upper = Character.toUpperCase(first);
        char lowerOfUpper = Character.toLowerCase(upper);
        int[] found = new int[16];
        int count = 0;
        int last = text.length() - length;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            // The first character decides for most places, by the same case rule as regionMatches.
            if ((c == first || Character.toUpperCase(c) == upper
                    || Character.toLowerCase(Character.toUpperCase(c)) == lowerOfUpper)
                    && text.regionMatches(true, i, query, 0, length)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i += length - 1;
            }
        }
        return count == 0 ? NONE : new TextMatches(Arrays.copyOf(found, count), length);
    }

    public int count() {
        return starts.length;
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** Where match {@code index} (from 0) starts. */
    public int start(int index) {
        return starts[index];
    }

    /** Where match {@code index} ends (exclusive). */
    public int end(int index) {
        return starts[index] + length;
    }

    /** The first match that starts at {@code offset} or after it, wrapping round to the first; -1 if none. */
    public int firstFrom(int offset) {
        if (isEmpty()) {
            return -1;
        }
        int at = Arrays.binarySearch(starts, offset);
        int index = at >= 0 ? at : -at - 1;
        return index < starts.length ? index : 0;
    }

    /** The last match that starts before {@code offset}, wrapping round to the last; -1 if none. */
    public int lastBefore(int offset) {
        if (isEmpty()) {
            return -1;
        }
        int at = Arrays.binarySearch(starts, offset);
        int index = (at >= 0 ? at : -at - 1) - 1;
        return index >= 0 ? index : starts.length - 1;
    }
}
