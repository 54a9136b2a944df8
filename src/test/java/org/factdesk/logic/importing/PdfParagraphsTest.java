package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfParagraphsTest {

    private static final float LEFT = 72;
    private static final float FULL = 400;
    private static final float LEADING = 14;

    /** A line that fills the column, at line {@code row} of its page. */
    private static PdfLine full(String text, int row) {
        return new PdfLine(text, LEFT, FULL, 100 + row * LEADING, 11);
    }

    private static PdfLine ending(String text, int row, float right) {
        return new PdfLine(text, LEFT, right, 100 + row * LEADING, 11);
    }

    private static List<String> paragraphs(List<PdfLine> page) {
        return PdfParagraphs.of(List.of(page));
    }

    @Test
    void linesThatFillTheColumnAreOneParagraph() {
        List<PdfLine> page = List.of(full("The boats left the harbour early", 0),
                full("Before the storm reached the bay, and", 1), full("Most were home by noon.", 2));

        assertEquals(List.of("The boats left the harbour early Before the storm reached the bay, and Most were "
                + "home by noon."), paragraphs(page));
    }

    @Test
    void aGapLargerThanTheUsualSpacingStartsAParagraph() {
        List<PdfLine> page = List.of(full("The boats left early.", 0), full("Most were home by noon.", 1),
                full("The quay stayed shut.", 2), full("Nobody was hurt at all.", 4), full("So said the", 5));

        assertEquals(List.of("The boats left early. Most were home by noon. The quay stayed shut.",
                "Nobody was hurt at all. So said the"), paragraphs(page));
    }

    @Test
    void anIndentedLineStartsAParagraph() {
        List<PdfLine> page = List.of(full("The boats left early.", 0), full("Most were home by noon.", 1),
                new PdfLine("The quay stayed shut.", LEFT + 40, FULL, 100 + 2 * LEADING, 11),
                full("Nobody was hurt.", 3));

        assertEquals(List.of("The boats left early. Most were home by noon.",
                "The quay stayed shut. Nobody was hurt."), paragraphs(page));
    }

    @Test
    void aLineThatEndsWhereTheNextWordWouldHaveFittedEndsAParagraph() {
        List<PdfLine> page = List.of(full("The boats left the harbour early, before", 0),
                ending("Saturday's storm.", 1, 200), full("Most were home by noon.", 2));

        assertEquals(List.of("The boats left the harbour early, before Saturday's storm.",
                "Most were home by noon."), paragraphs(page));
    }

    @Test
    void aShortLineWhoseSentenceGoesOnInLowerCaseContinues() {
        List<PdfLine> page = List.of(full("The boats left the harbour", 0), ending("early, before", 1, 200),
                full("the storm.", 2));

        assertEquals(List.of("The boats left the harbour early, before the storm."), paragraphs(page));
    }

    @Test
    void aLineHigherUpThePageThanTheOneBeforeStartsAParagraph() {
        List<PdfLine> page = List.of(full("The boats left early.", 5), full("Most were home by noon.", 6),
                full("Second column.", 0));

        assertEquals(List.of("The boats left early. Most were home by noon.", "Second column."),
                paragraphs(page));
    }

    @Test
    void piecesOfOneLineAreJoined() {
        List<PdfLine> page = List.of(ending("Tide table", 0, 150),
                new PdfLine("High water 06:12", 300, FULL, 101, 11));

        assertEquals(List.of("Tide table High water 06:12"), paragraphs(page));
    }

    @Test
    void aParagraphGoesOnOverAPageBreakWhenItsLastLineIsFull() {
        List<List<PdfLine>> pages = List.of(
                List.of(full("The boats left early.", 0), full("The quay stayed shut and the crane.", 1)),
                List.of(full("Nobody was hurt.", 0), ending("Home by noon.", 1, 200)),
                List.of(full("The next day was calm.", 0)));

        assertEquals(List.of("The boats left early. The quay stayed shut and the crane. Nobody was hurt. Home "
                + "by noon.", "The next day was calm."), PdfParagraphs.of(pages));
    }

    @Test
    void aSentenceGoesOnOverAPageBreakInLowerCase() {
        List<List<PdfLine>> pages = List.of(List.of(full("The boats left", 0), ending("early", 1, 150)),
                List.of(new PdfLine("and came back late.", LEFT + 20, FULL, 100, 11)));

        assertEquals(List.of("The boats left early and came back late."), PdfParagraphs.of(pages));
    }

    @Test
    void anIndentAtTheTopOfAPageStartsAParagraph() {
        List<List<PdfLine>> pages = List.of(List.of(full("The boats left early.", 0),
                        full("Most were home by noon.", 1)),
                List.of(new PdfLine("The quay stayed shut.", LEFT + 40, FULL, 100, 11),
                        full("Nobody was hurt.", 1)));

        assertEquals(List.of("The boats left early. Most were home by noon.",
                "The quay stayed shut. Nobody was hurt."), PdfParagraphs.of(pages));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the ferry was | late | true",
        "It was late. | then | false",
        "She said: | the | false",
        "They shouted \u201CGo home.\u201D | they | false",
        "It was | Tuesday | false",
        "the 1998- | 99 | true",
        "Franco- | Norse | true",
        "the end\u2026 | and | false",
        "the harbour | 12 boats | false",
    })
    void theTextAloneSaysWhetherALineGoesOn(String previous, String next, boolean continues) {
        assertEquals(continues, PdfParagraphs.continues(previous, next));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "were conti- | nued later | were continued later",
        "a well- | known firm | a well-known firm",
        "rather self- | ish of them | rather selfish of them",
        "the cross- | ing was rough | the crossing was rough",
        "whose state-of-the- | art barge | whose state-of-the-art barge",
        "its Franco- | Norse owner | its Franco-Norse owner",
        "in 1998- | 99 it sank | in 1998-99 it sank",
        "the harbour - | the old one | the harbour - the old one",
        "soft\u00AD | ware | software",
        "the harbour\u2014 | and the quay | the harbour\u2014and the quay",
        "and/ | or | and/or",
        "the harbour | wall | the harbour wall",
    })
    void aLineIsJoinedToTheOneBeforeUndoingItsHyphenation(String previous, String next, String joined) {
        StringBuilder paragraph = new StringBuilder(previous);

        PdfParagraphs.joinLine(paragraph, next, new PdfParagraphs.Vocabulary(Set.of(), Set.of()));

        assertEquals(joined, paragraph.toString());
    }

    @Test
    void theDocumentsOwnWordsDecideWhetherAHyphenStays() {
        List<PdfLine> page = List.of(full("The ferry-boat and the seaweed were", 0),
                full("seen from the ferry-", 1), full("boat among the sea-", 2), full("weed by the pier.", 3));

        assertEquals(List.of("The ferry-boat and the seaweed were seen from the ferry-boat among the seaweed by "
                + "the pier."), paragraphs(page));
    }

    @Test
    void typesetLigaturesBecomeTheirLetters() {
        assertEquals(List.of("The fish floated off the ffine stern."),
                paragraphs(List.of(full("The \uFB01sh \uFB02oated o\uFB00 the \uFB00ine stern.", 0))));
    }

    @Test
    void tooFewLinesToTellTheUsualSpacingGiveNone() {
        assertEquals(0, PdfParagraphs.usualSpacing(List.of(List.of(full("One.", 0), full("Two.", 2)))));
        assertEquals(LEADING, PdfParagraphs.usualSpacing(List.of(List.of(full("One.", 0), full("Two.", 1),
                full("Three.", 2), full("Four.", 4)))));
    }
}
