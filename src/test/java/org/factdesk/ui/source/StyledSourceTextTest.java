package org.factdesk.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import org.factdesk.ui.common.FactColors;
import java.util.Random;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.junit.jupiter.api.Test;

/** The ready-made document has the text's paragraphs and each highlight's classes, with no toolkit. */
class StyledSourceTextTest {

    @Test
    void splitsLikeFromStringAndStylesEveryHighlightedCharacter() {
        String text = SourcePaneBenchmark.paragraphs(new Random(3), 20_000) + "\n\nlast\nline\n";
        List<HighlightRange> ranges = List.of(new HighlightRange(0, 5, List.of(0), FactColors.styleClass(0)),
                new HighlightRange(290, 1_500, List.of(1, 2), FactColors.styleClass(1)), // across paragraph breaks
                new HighlightRange(1_500, 1_520, List.of(3), FactColors.styleClass(3)),
                new HighlightRange(19_990, 20_010, List.of(4), FactColors.styleClass(4)));

        StyledSourceText styled = StyledSourceText.of(text, ranges);

        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> plain = ReadOnlyStyledDocument
                .fromString(text, List.of(), List.of(), StyledSourceText.SEGMENTS);
        assertEquals(plain.getText(), styled.document().getText());
        assertEquals(plain.getParagraphCount(), styled.document().getParagraphCount());
        for (int offset = 0; offset < styled.document().length(); offset++) {
            int at = offset;
            List<String> expected = SourceHighlights.at(ranges, offset)
                    .map(range -> List.copyOf(HighlightSpans.classesOf(range))).orElse(List.of());
            boolean blankLine = offset > 0 && text.charAt(offset - 1) == '\n' && text.charAt(offset) == '\n';
            if (text.charAt(offset) != '\n' || blankLine) {
                assertEquals(expected, List.copyOf(styled.document().getStyleOfChar(offset)), () -> "at " + at);
            }
        }
    }

    @Test
    void otherLineBreaksSplitAsFromStringDoes() {
        String text = "one\r\ntwo\rthree\n\nfour";

        StyledSourceText styled = StyledSourceText.of(text, List.of());

        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> plain = ReadOnlyStyledDocument
                .fromString(text, List.of(), List.of(), StyledSourceText.SEGMENTS);
        assertEquals(plain.getText(), styled.document().getText());
        assertEquals(plain.getParagraphCount(), styled.document().getParagraphCount());
    }

    @Test
    void anEmptyTextIsOneEmptyParagraph() {
        StyledSourceText styled = StyledSourceText.of("", List.of());

        assertEquals(1, styled.document().getParagraphCount());
        assertEquals(0, styled.document().length());
    }
}
