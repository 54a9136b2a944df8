package org.factdesk.logic.importing;

/**
 * One line of text as a PDF page shows it, with where it sits: {@code left} and {@code right} are the x of its
 * first glyph's left edge and its last glyph's right edge, {@code baseline} the y of its first glyph measured
 * down from the top of the page, {@code height} its font size (or, failing that, its glyphs' height); all in points. Immutable.
 */
record PdfLine(String text, float left, float right, float baseline, float height) {

    /** The average width of one character, a yardstick for indents and words; never zero. */
    float charWidth() {
        int length = text.length();
        float width = length == 0 ? 0 : (right - left) / length;
        return width > 0 ? width : Math.max(height / 2, 1);
    }
}
