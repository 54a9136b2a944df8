package org.factdesk.logic.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpaceFoldedTextTest {

    @Test
    void eachRunOfWhitespaceBecomesOneSpace() {
        assertEquals(" the quay closes ", SpaceFoldedText.fold(" the quay \n\t closes\u00a0"));
        assertEquals("a b c", SpaceFoldedText.fold("a\u2007b\u202f\r\nc"));
    }

    @Test
    void foldedOffsetsMapBackToTheOriginalText() {
        String text = "The  quay\n\ncloses at six.";
        SpaceFoldedText folded = SpaceFoldedText.of(text);
        int at = folded.folded().indexOf("quay closes");

        assertEquals(text.indexOf("quay"), folded.originalStart(at));
        assertEquals(text.indexOf("closes") + "closes".length(), folded.originalEnd(at + "quay closes".length()));
    }

    @Test
    void noBreakAndOtherUnicodeSpacesCountAsSpaces() {
        assertTrue(SpaceFoldedText.isSpace('\u00a0'));
        assertTrue(SpaceFoldedText.isSpace('\u2009'));
        assertTrue(SpaceFoldedText.isSpace('\t'));
        assertFalse(SpaceFoldedText.isSpace('x'));
        assertFalse(SpaceFoldedText.isSpace('\u200b'), "a zero-width space is no whitespace to Java either");
    }
}
