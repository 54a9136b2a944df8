package org.factdesk.ui.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.TextOps;

/**
 * A source's text ready for the text area: the RichTextFX document, already split into paragraphs and styled
 * with the highlights it was built for. Building it is the part of showing a source that grows with the text
 * (about 9,000 paragraphs for 2 MB), so it is done where the text is read, off the JavaFX thread; the view then
 * swaps it in with one {@code replace}. A RichTextFX document is an immutable value, so this is immutable and
 * safe to build on any thread and hand to the JavaFX thread.
 *
 * @param text the source's text, as the view-model holds it
 * @param highlights the highlights the document is styled with
 * @param document the text as paragraphs with their style spans
 */
record StyledSourceText(String text, List<HighlightRange> highlights,
                        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document) {

    /** The segment operations of a {@code StyleClassedTextArea}; stateless. */
    static final TextOps<String, Collection<String>> SEGMENTS = SegmentOps.styledTextOps();
    /** The area's paragraph style and the style of plain text: no style class. */
    private static final Collection<String> NO_STYLE = List.of();

    StyledSourceText {
        Objects.requireNonNull(text);
        highlights = List.copyOf(highlights);
        Objects.requireNonNull(document);
    }

    /**
     * Splits {@code text} at line breaks as {@code ReadOnlyStyledDocument.fromString} does ({@code \r\n},
     * {@code \r} or {@code \n}; imported texts hold only {@code \n}) and styles each paragraph that a highlight
     * touches. A character loop rather than fromString's regular expression, which took a third of the time.
     */
    static StyledSourceText of(String text, List<HighlightRange> highlights) {
        List<Paragraph<Collection<String>, String, Collection<String>>> paragraphs = new ArrayList<>();
        int documentOffset = 0; // each line break counts as one character in the document
        int lineStart = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                continue;
            }
            String line = text.substring(lineStart, i);
            paragraphs.add(paragraph(line, documentOffset, highlights));
            documentOffset += line.length() + 1;
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                i++;
            }
            lineStart = i + 1;
        }
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document =
                ReadOnlyStyledDocument.from(new ParagraphsDocument<>(paragraphs));
        // The document caches its text; the area asks for it when the document goes in (to tell a text change
        // from a style change), and joining 9,000 paragraphs is better done here than on the JavaFX thread.
        document.getText();
        return new StyledSourceText(text, highlights, document);
    }

    private static Paragraph<Collection<String>, String, Collection<String>> paragraph(String line, int start,
            List<HighlightRange> highlights) {
        int end = start + line.length();
        if (line.isEmpty()) {
            // A blank line inside a highlight carries its style, as setStyleSpans over it would leave it.
            Collection<String> style = SourceHighlights.at(highlights, start)
                    .<Collection<String>>map(range -> HighlightSpans.classesOf(range)).orElse(NO_STYLE);
            return new Paragraph<>(NO_STYLE, SEGMENTS, line, style);
        }
        if (!HighlightSpans.anyWithin(highlights, start, end)) {
            return new Paragraph<>(NO_STYLE, SEGMENTS, line, NO_STYLE);
        }
        return new Paragraph<>(NO_STYLE, SEGMENTS, line, HighlightSpans.of(highlights, start, end));
    }
}
