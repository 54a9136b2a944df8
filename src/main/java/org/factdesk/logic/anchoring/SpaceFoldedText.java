package org.factdesk.logic.anchoring;

/**
 * A text with each run of whitespace (spaces, tabs, line ends, no-break spaces) folded to one space, and where
 * each folded character came from, so that a quote whose only change is its spacing or line wrapping is found by a
 * plain search of the folded text and mapped back to exact offsets of the original. Built once per corrected text
 * and shared by all its excerpts. Immutable; any thread.
 */
final class SpaceFoldedText {

    private final String folded;
    /** {@code origins[i]}: the offset in the original text of folded character i (a run's first character). */
    private final int[] origins;

    private SpaceFoldedText(String folded, int[] origins) {
        this.folded = folded;
        this.origins = origins;
    }

    static SpaceFoldedText of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origins = new int[text.length()];
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (inRun) {
                    continue;
                }
                inRun = true;
                c = ' ';
            } else {
                inRun = false;
            }
            origins[folded.length()] = i;
            folded.append(c);
        }
        return new SpaceFoldedText(folded.toString(), origins);
    }

    /** {@code text} with each whitespace run made one space. */
    static String fold(String text) {
        return of(text).folded;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    String folded() {
        return folded;
    }

    /** The original offset of folded offset {@code start}. */
    int originalStart(int start) {
        return origins[start];
    }

    /** The original end of a folded range ending at {@code end} (exclusive) whose last character is no space. */
    int originalEnd(int end) {
        return origins[end - 1] + 1;
    }
}
