package org.factdesk.logic.search;

/**
 * A short stretch of text around one hit, about {@value #LENGTH} characters, cut at spaces where it can, with
 * the hit marked by offsets into the snippet. {@code cutBefore} and {@code cutAfter} say whether text was left
 * out before or after, so a view can show an ellipsis. Immutable; any thread.
 *
 * @param text the stretch, exactly as in the source (it may hold line breaks; see {@link #oneLine()})
 * @param hitStart where the hit begins in {@code text} (UTF-16 units)
 * @param hitEnd where it ends, exclusive
 */
public record Snippet(String text, int hitStart, int hitEnd, boolean cutBefore, boolean cutAfter) {

    /** The length a snippet aims at, hit included. */
    public static final int LENGTH = 100;

    public Snippet {
        if (hitStart < 0 || hitEnd < hitStart || hitEnd > text.length()) {
            throw new IllegalArgumentException("hit " + hitStart + ".." + hitEnd + " outside a snippet of "
                    + text.length() + " characters");
        }
    }

    /**
     * The snippet of the hit {@code start..end} of {@code text}: the hit with up to {@value #LENGTH} characters
     * around it, shared between both sides (a side that reaches the text's edge gives the rest to the other),
     * then shortened to whole words, and never splitting a surrogate pair. A hit longer than that is kept whole.
     */
    public static Snippet around(String text, int start, int end) {
        int room = Math.max(0, LENGTH - (end - start));
        int before = Math.min(start, room / 2);
        int after = Math.min(text.length() - end, room - before);
        before = Math.min(start, room - after);
        int from = wordStartAfter(text, start - before, start);
        int to = wordEndBefore(text, end + after, end);
        return new Snippet(text.substring(from, to), start - from, end - from, from > 0, to < text.length());
    }

    /** The snippet with each line break and tab as one space, so it fits on one line; the offsets still hold. */
    public String oneLine() {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    public String beforeHit() {
        return text.substring(0, hitStart);
    }

    public String hit() {
        return text.substring(hitStart, hitEnd);
    }

    public String afterHit() {
        return text.substring(hitEnd);
    }

    /** From {@code from}, moves on to the start of a word (past a cut word) but never beyond {@code limit}. */
    private static int wordStartAfter(String text, int from, int limit) {
        if (from <= 0) {
            return 0;
        }
        int at = from;
        if (!Character.isWhitespace(text.charAt(at - 1))) {
            while (at < limit && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        while (at < limit && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at == limit && at > from && !Character.isWhitespace(text.charAt(at - 1))) {
            at = from; // one long word up to the hit: keep it cut rather than lose it
        }
        return at < limit && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
    }

    /** From {@code to}, moves back to the end of a word (before a cut word) but never before {@code limit}. */
    private static int wordEndBefore(String text, int to, int limit) {
        if (to >= text.length()) {
            return text.length();
        }
        int at = to;
        if (!Character.isWhitespace(text.charAt(at))) {
            while (at > limit && !Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
        }
        while (at > limit && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        if (at == limit && to > limit && !Character.isWhitespace(text.charAt(at))) {
            at = to; // one long word after the hit: keep it cut rather than lose it
        }
        return at > limit && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }
}
