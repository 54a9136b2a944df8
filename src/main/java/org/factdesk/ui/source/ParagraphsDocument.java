package org.factdesk.ui.source;

import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * A list of ready-made paragraphs seen as a {@link StyledDocument}, only to be handed to {@link
 * ReadOnlyStyledDocument#from(StyledDocument)}: RichTextFX keeps its constructor from paragraphs package-private,
 * and {@code from} is the public way to build a document from paragraphs in one step. Everything else is
 * answered by that read-only document. Immutable once built; any thread.
 */
final class ParagraphsDocument<PS, SEG, S> implements StyledDocument<PS, SEG, S> {

    private final List<Paragraph<PS, SEG, S>> paragraphs;

    ParagraphsDocument(List<Paragraph<PS, SEG, S>> paragraphs) {
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one paragraph");
        }
        this.paragraphs = List.copyOf(paragraphs);
    }

    @Override
    public List<Paragraph<PS, SEG, S>> getParagraphs() {
        return paragraphs;
    }

    private ReadOnlyStyledDocument<PS, SEG, S> asReadOnly() {
        return ReadOnlyStyledDocument.from(this);
    }

    @Override
    public int length() {
        return asReadOnly().length();
    }

    @Override
    public String getText() {
        return asReadOnly().getText();
    }

    @Override
    public StyledDocument<PS, SEG, S> concat(StyledDocument<PS, SEG, S> that) {
        return asReadOnly().concat(that);
    }

    @Override
    public StyledDocument<PS, SEG, S> subSequence(int start, int end) {
        return asReadOnly().subSequence(start, end);
    }

    @Override
    public TwoDimensional.Position offsetToPosition(int offset, TwoDimensional.Bias bias) {
        return asReadOnly().offsetToPosition(offset, bias);
    }

    @Override
    public TwoDimensional.Position position(int major, int minor) {
        return asReadOnly().position(major, minor);
    }
}
