package org.factdesk.logic.text;

/**
 * Text as it may safely reach a terminal or a plain-text reader: every character that could act instead of
 * showing is written as its code, {@code <U+001B>}. That covers control characters (C0, DEL, C1), lone
 * surrogates (which could not be encoded) and the bidirectional formatting characters that reorder a line
 * (U+202A to U+202E, U+2066 to U+2069), which could make a terminal line read differently from its bytes.
 * Marks such as U+200F are left alone: they cannot reorder what follows. Stateless; any thread.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** One line: every such character, tab and line feed included, as its code. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** Running text: as {@link #line}, but tab and line feed stay as they are. */
    public static String text(String text) {
        return escape(text, true);
    }

    /** A code point in the notation messages use: {@code U+001B}. */
    public static String codeOf(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static String escape(String text, boolean keepLineFeedsAndTabs) {
        if (!needsEscape(text, keepLineFeedsAndTabs)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            if (isHidden(codePoint, keepLineFeedsAndTabs)) {
                shown.append('<').append(codeOf(codePoint)).append('>');
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }

    private static boolean needsEscape(String text, boolean keepLineFeedsAndTabs) {
        return text.codePoints().anyMatch(codePoint -> isHidden(codePoint, keepLineFeedsAndTabs));
    }

    private static boolean isHidden(int codePoint, boolean keepLineFeedsAndTabs) {
        if (keepLineFeedsAndTabs && (codePoint == '\n' || codePoint == '\t')) {
            return false;
        }
        return TextRules.isControl(codePoint)
                || TextRules.isLoneSurrogate(codePoint)
                || isReordering(codePoint);
    }

    /** Embeddings, overrides and isolates: the "Trojan Source" set (CVE-2021-42574). */
    static boolean isReordering(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
