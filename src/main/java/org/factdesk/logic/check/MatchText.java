package org.factdesk.logic.check;

/**
 * A text prepared for matching quotes against it: every quotation mark and apostrophe, straight or curly,
 * double or single, becomes {@code "}, and every run of white space becomes one space, so that neither the
 * style of the marks nor spacing can make a true quote fail. It remembers, for each of its characters, where it
 * came from in the original (to reveal a passage at the original offsets) and where the original had a line
 * break (a paragraph break: an omission may not cross one). Immutable once made; any thread.
 */
final class MatchText {

    /** The character every quotation mark and apostrophe becomes. */
    static final char MARK = '"';

    final String text;
    private final int[] origin;
    private final int[] breaksBefore;

    private MatchText(String text, int[] origin, int[] breaksBefore) {
        this.text = text;
        this.origin = origin;
        this.breaksBefore = breaksBefore;
    }

    static MatchText of(String original) {
        int length = original.length();
        char[] in = original.toCharArray();
        char[] out = new char[length];
        int[] origin = new int[length + 1];
        int[] breaks = new int[length + 1];
        int breakCount = 0;
        int at = 0;
        int i = 0;
        while (i < length) {
            char c = in[i];
            origin[at] = i;
            breaks[at] = breakCount;
            if (c > ' ' && c < 0x7F && c != '"' && c != '\'') {
                // Most characters are plain ASCII: no lookup for them.
                out[at++] = c;
                i++;
            } else if (isSpace(c)) {
                boolean lineBreak = false;
                while (i < length && isSpace(in[i])) {
                    lineBreak |= in[i] == '\n';
                    i++;
                }
                out[at++] = ' ';
                breakCount += lineBreak ? 1 : 0;
            } else {
                out[at++] = isQuoteMark(c) ? MARK : c;
                i++;
            }
        }
        origin[at] = length;
        breaks[at] = breakCount;
        return new MatchText(new String(out, 0, at), origin, breaks);
    }

    /** {@code piece} with the same rules applied, for the quote side. */
    static String normalise(String piece) {
        StringBuilder text = new StringBuilder(piece.length());
        boolean inSpace = false;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    text.append(' ');
                }
                inSpace = true;
            } else {
                text.append(isQuoteMark(c) ? MARK : c);
                inSpace = false;
            }
        }
        return text.toString();
    }

    /** The offset in the original text of this text's character {@code index} (or its end). */
    int originalOffset(int index) {
        return origin[index];
    }

    /** True when the original has a line break between this text's characters {@code from} and {@code to}. */
    boolean breakBetween(int from, int to) {
        return breaksBefore[to] > breaksBefore[from];
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    static boolean isQuoteMark(char c) {
        return QuoteMarks.family(c) != QuoteMarks.Family.NONE;
    }
}
