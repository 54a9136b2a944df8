package org.factdesk.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnippetTest {

    private static final String LONG_TEXT = "The harbour board met on a grey Tuesday morning in the old customs hall. "
            + "After two hours the members agreed that the night ferry would stop running in March, "
            + "and the chair promised a new timetable for the islands before the summer season began.";

    private static Snippet snippetOf(String text, String hit) {
        int start = text.indexOf(hit);
        return Snippet.around(text, start, start + hit.length());
    }

    @Test
    void aShortTextIsItsOwnSnippet() {
        Snippet snippet = snippetOf("The ferry stops.", "ferry");

        assertEquals("The ferry stops.", snippet.text());
        assertEquals("ferry", snippet.hit());
        assertEquals("The ", snippet.beforeHit());
        assertEquals(" stops.", snippet.afterHit());
        assertFalse(snippet.cutBefore());
        assertFalse(snippet.cutAfter());
    }

    @Test
    void aSnippetInALongTextIsAboutAHundredCharactersCutAtSpaces() {
        Snippet snippet = snippetOf(LONG_TEXT, "night ferry");

        assertTrue(snippet.text().length() <= Snippet.LENGTH, snippet.text());
        assertTrue(snippet.text().length() >= Snippet.LENGTH - 25, snippet.text());
        assertEquals("night ferry", snippet.hit());
        assertTrue(snippet.cutBefore());
        assertTrue(snippet.cutAfter());
        String before = LONG_TEXT.substring(0, LONG_TEXT.indexOf(snippet.text()));
        assertTrue(before.endsWith(" "), "starts at a word: " + snippet.text());
        String after = LONG_TEXT.substring(LONG_TEXT.indexOf(snippet.text()) + snippet.text().length());
        assertTrue(after.startsWith(" "), "ends at a word: " + snippet.text());
    }

    @Test
    void aHitAtTheStartGivesItsRoomToTheTextAfter() {
        Snippet snippet = snippetOf(LONG_TEXT, "The harbour");

        assertEquals(0, snippet.hitStart());
        assertFalse(snippet.cutBefore());
        assertTrue(snippet.text().length() > 80, snippet.text());
    }

    @Test
    void aHitAtTheEndGivesItsRoomToTheTextBefore() {
        Snippet snippet = snippetOf(LONG_TEXT, "season began.");

        assertFalse(snippet.cutAfter());
        assertTrue(snippet.text().length() > 80, snippet.text());
        assertEquals(snippet.text().length(), snippet.hitEnd());
    }

    @Test
    void aHitLongerThanASnippetIsKeptWhole() {
        Snippet snippet = Snippet.around(LONG_TEXT, 10, 200);

        assertEquals(LONG_TEXT.substring(10, 200), snippet.hit());
    }

    @Test
    void oneLongWordBeforeTheHitIsCutRatherThanLost() {
        String url = "https://harbour-board.example/minutes/2031/ferry-timetable-and-island-services-review-final-draft";
        int start = url.indexOf("final");

        Snippet snippet = Snippet.around(url, start, start + 5);

        assertTrue(snippet.beforeHit().length() > 20, snippet.text());
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String emoji = "\uD83D\uDEA2";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append(emoji);
        }
        text.append(" ferry ");
        for (int i = 0; i < 60; i++) {
            text.append(emoji);
        }
        String whole = text.toString();
        for (int shift = 0; shift < 2; shift++) {
            int start = whole.indexOf("ferry");
            Snippet snippet = Snippet.around(whole.substring(shift), start - shift, start - shift + 5);
            assertFalse(Character.isLowSurrogate(snippet.text().charAt(0)), "starts inside a pair");
            assertFalse(Character.isHighSurrogate(snippet.text().charAt(snippet.text().length() - 1)),
                    "ends inside a pair");
        }
    }

    @Test
    void oneLineTurnsLineBreaksAndTabsIntoSpacesAndKeepsTheOffsets() {
        Snippet snippet = snippetOf("Minutes:\n\tthe ferry\r\nstops.", "ferry");

        assertEquals("Minutes:  the ferry  stops.", snippet.oneLine());
        assertEquals("ferry", snippet.oneLine().substring(snippet.hitStart(), snippet.hitEnd()));
    }

    @Test
    void aHitOutsideItsSnippetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Snippet("ferry", 2, 9, false, false));
        assertThrows(IllegalArgumentException.class, () -> new Snippet("ferry", 3, 2, false, false));
    }
}
