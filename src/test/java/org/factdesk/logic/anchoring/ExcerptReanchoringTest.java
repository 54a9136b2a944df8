package org.factdesk.logic.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.junit.jupiter.api.Test;

/** The re-anchoring cases of issue 8 on a fictional report about a lighthouse on the isle of Varrow. */
class ExcerptReanchoringTest {

    private static final String TEXT = "Varrow Council met on Tuesday evening.\n\n"
            + "The lighthouse keeper, Ada Fenn, said the lamp had failed twice this winter. "
            + "Repairs will cost about 40,000 crowns, the harbour office estimates.\n\n"
            + "Fishing crews asked for a temporary beacon. The council will vote in May.";

    private final ExcerptReanchoring reanchoring = new ExcerptReanchoring();

    @Test
    void anExcerptInAnUnchangedTextStaysWhereItWas() {
        Excerpt excerpt = excerpt(TEXT, "the lamp had failed twice this winter");

        Excerpt found = reanchoring.reanchor(excerpt, TEXT);

        assertEquals(Anchoring.UNCHANGED, found.anchoring());
        assertEquals(excerpt.start(), found.start());
        assertEquals(excerpt.quote(), found.quote());
    }

    @Test
    void textInsertedBeforeAQuoteMovesItByTheInsertedLength() {
        Excerpt excerpt = excerpt(TEXT, "Repairs will cost about 40,000 crowns");
        String inserted = "Weather: gales. Share this article.\n\n";

        Excerpt found = reanchoring.reanchor(excerpt, inserted + TEXT);

        assertEquals(Anchoring.MOVED, found.anchoring());
        assertEquals(excerpt.start() + inserted.length(), found.start());
        assertEquals(excerpt.quote(), found.quote());
    }

    @Test
    void whitespaceChangedInsideAQuoteIsFoundApproximately() {
        Excerpt excerpt = excerpt(TEXT, "Repairs will cost about 40,000 crowns, the harbour office estimates.");
        String corrected = TEXT.replace("will cost about", "will  cost\nabout");

        Excerpt found = reanchoring.reanchor(excerpt, corrected);

        assertEquals(Anchoring.MOVED, found.anchoring());
        assertEquals("Repairs will  cost\nabout 40,000 crowns, the harbour office estimates.", found.quote());
        assertEquals(corrected.substring(found.start(), found.end()), found.quote());
    }

    @Test
    void aWordChangedInsideAQuoteIsFoundWithTheNewWord() {
        Excerpt excerpt = excerpt(TEXT, "the lamp had failed twice this winter");
        String corrected = TEXT.replace("failed twice", "failed three times");

        Excerpt found = reanchoring.reanchor(excerpt, corrected);

        assertEquals(Anchoring.MOVED, found.anchoring());
        assertEquals("the lamp had failed three times this winter", found.quote());
    }

    @Test
    void aQuoteThatOccursTwiceIsToldApartByItsContext() {
        String text = "At the north pier the beacon is lit at dusk. Ferries wait.\n"
                + "At the south pier the beacon is lit at dusk. Trawlers wait.";
        int second = text.lastIndexOf("the beacon is lit at dusk");
        Excerpt excerpt = excerpt(text, second, second + "the beacon is lit at dusk".length());
        String corrected = "Updated Friday.\n" + text;

        Excerpt found = reanchoring.reanchor(excerpt, corrected);

        assertEquals(corrected.lastIndexOf("the beacon is lit at dusk"), found.start(), "the south pier's");
        assertEquals(Anchoring.MOVED, found.anchoring());
    }

    @Test
    void aQuoteThatOccursTwiceFollowsItsContextEvenWhenTheOtherOneTakesItsOffsets() {
        String text = "North: the beacon is lit at dusk. South: the beacon is lit at dusk. End.";
        int first = text.indexOf("the beacon");
        int second = text.lastIndexOf("the beacon");
        Excerpt excerpt = excerpt(text, second, second + "the beacon is lit at dusk".length());
        // The insertion puts the north quote exactly where the south one was.
        String corrected = "x".repeat(second - first) + text;

        Excerpt found = reanchoring.reanchor(excerpt, corrected);

        assertEquals(corrected.lastIndexOf("the beacon"), found.start(), "the south pier's, by its context");
        assertEquals(Anchoring.MOVED, found.anchoring());
    }

    @Test
    void aDeletedPassageIsOrphanedWithItsLastKnownQuote() {
        Excerpt excerpt = excerpt(TEXT, "Fishing crews asked for a temporary beacon.");
        String corrected = TEXT.replace("Fishing crews asked for a temporary beacon. ", "");

        Excerpt found = reanchoring.reanchor(excerpt, corrected);

        assertEquals(Anchoring.ORPHANED, found.anchoring());
        assertEquals(excerpt.quote(), found.quote());
        assertEquals(excerpt.start(), found.start());
    }

    @Test
    void aShortDeletedPassageIsNotFoundInAnotherSentenceAFewLettersFromIt() {
        String text = "The keeper rang the bell. The council met. The keeper sang a song.";
        Excerpt excerpt = excerpt(text, "rang the bell");
        String corrected = "The council met. The keeper sang a song.";

        assertEquals(Anchoring.ORPHANED, reanchoring.reanchor(excerpt, corrected).anchoring());
    }

    @Test
    void anOrphanStaysAnOrphanAndIsNeverMoved() {
        Excerpt orphan = excerpt(TEXT, "Fishing crews asked for a temporary beacon.").orphaned();

        assertSame(orphan, reanchoring.reanchor(orphan, TEXT));
    }

    @Test
    void anExcerptOfALegacyTextWithWindowsLineEndsIsFoundInItsNormalisedText() {
        String legacy = "Harbour notice\r\nThe quay closes at six.\r\nBoats must leave by five.";
        int start = legacy.indexOf("six.\r\nBoats");
        Excerpt excerpt = excerpt(legacy, start, start + "six.\r\nBoats must".length());
        String normalised = legacy.replace("\r\n", "\n");

        Excerpt found = reanchoring.reanchor(excerpt, normalised);

        assertEquals("six.\nBoats must", found.quote());
        assertEquals(normalised.indexOf("six.\nBoats"), found.start());
        assertEquals(Anchoring.MOVED, found.anchoring());
    }

    @Test
    void offsetsCountUtf16UnitsAndNeverSplitASurrogatePair() {
        String text = "Crowd of 🚢🚢 boats at the quay today, said the harbour office.";
        Excerpt excerpt = excerpt(text, "🚢🚢 boats at the quay");
        String corrected = "Update: " + text.replace("🚢🚢", "🚢⛵");

        Excerpt found = reanchoring.reanchor(excerpt, corrected);

        assertTrue(!Character.isLowSurrogate(corrected.charAt(found.start())), "starts on a whole character");
        assertEquals(corrected.substring(found.start(), found.end()), found.quote());
        assertTrue(found.quote().startsWith("🚢") && found.quote().endsWith("quay"), found.quote());
    }

    @Test
    void aChangedContextButTheSameQuoteAtTheSameOffsetsIsUnchanged() {
        Excerpt excerpt = excerpt(TEXT, "Repairs will cost about 40,000 crowns");
        String corrected = TEXT.replace("twice this winter", "twice this autumn");

        Excerpt found = reanchoring.reanchor(excerpt, corrected);

        assertEquals(Anchoring.UNCHANGED, found.anchoring());
        assertEquals(excerpt.start(), found.start());
        assertEquals(corrected.substring(found.start() - found.contextBefore().length(), found.start()),
                found.contextBefore(), "the context is taken afresh from the new text");
    }

    @Test
    void everyExcerptOfAListIsReanchoredInOrder() {
        List<Excerpt> excerpts = List.of(excerpt(TEXT, "Varrow Council met"), excerpt(TEXT, "vote in May"));

        List<Excerpt> found = reanchoring.reanchor(excerpts, TEXT.replace("vote in May", "vote in June"));

        assertEquals(List.of(Anchoring.UNCHANGED, Anchoring.ORPHANED),
                found.stream().map(Excerpt::anchoring).toList(),
                "eleven characters allow two edits; \"May\" to \"June\" takes three");
    }

    @Test
    void aQuoteWhoseOnlyChangeIsItsSpacingMovesWithTheNewSpacingAndExactOffsets() {
        Excerpt excerpt = excerpt(TEXT, "The lighthouse keeper, Ada Fenn, said the lamp had failed twice");
        String corrected = "Share this.\n\n" + TEXT.replace("keeper, Ada Fenn, said", "keeper,\u00a0Ada  Fenn,\n\tsaid");

        Excerpt found = reanchoring.reanchor(excerpt, corrected);

        int start = corrected.indexOf("The lighthouse keeper");
        String spaced = "The lighthouse keeper,\u00a0Ada  Fenn,\n\tsaid the lamp had failed twice";
        assertEquals(Anchoring.MOVED, found.anchoring());
        assertEquals(start, found.start());
        assertEquals(start + spaced.length(), found.end());
        assertEquals(spaced, found.quote());
    }

    @Test
    void aQuoteWithItsSpacingChangedThatOccursTwiceIsToldApartByItsContext() {
        String text = "North pier: the beacon is lit at dusk. South pier: the beacon is lit at dusk. End.";
        int second = text.lastIndexOf("the beacon");
        Excerpt excerpt = excerpt(text, second, second + "the beacon is lit at dusk".length());
        String corrected = text.replace("beacon is lit", "beacon  is lit");

        Excerpt found = reanchoring.reanchor(excerpt, corrected);

        assertEquals(corrected.lastIndexOf("the beacon"), found.start(), "the south pier's");
        assertEquals("the beacon  is lit at dusk", found.quote());
    }

    @Test
    void aQuoteStartingWithASpaceIsStillFoundWhenItsSpacingChanged() {
        Excerpt excerpt = excerpt(TEXT, " the lamp had failed twice this winter");
        String corrected = TEXT.replace("had failed", "had   failed");

        Excerpt found = reanchoring.reanchor(excerpt, corrected);

        assertEquals(Anchoring.MOVED, found.anchoring());
        assertEquals(" the lamp had   failed twice this winter", found.quote(), "found approximately instead");
    }

    @Test
    void passagesOfAListAreFoundWhereverTheirNeighboursMoved() {
        // The first passage moves by the inserted junk; the others are looked for near there first, and the
        // one whose own sentence was deleted is still found where its twin is, far from its neighbours.
        String text = "Lamps: the north lamp failed twice this winter. Boats: the ferry ran late on Monday.\n\n"
                + "Weather: the storm closed the harbour for a day. Later the ferry ran late on Monday.";
        List<Excerpt> excerpts = List.of(excerpt(text, "the north lamp failed twice this winter"),
                excerpt(text, "the storm closed the harbour for a day"),
                excerpt(text, text.indexOf("the ferry"), text.indexOf("the ferry") + 29));
        String corrected = "Cookie banner. Accept all.\n\n" + text.replace("failed twice", "failed three times")
                .replace("the storm closed the harbour", "the storm shut the harbour")
                .replace("Boats: the ferry ran late on Monday.", "Boats: none.");

        List<Excerpt> found = reanchoring.reanchor(excerpts, corrected);

        assertEquals("the north lamp failed three times this winter", found.get(0).quote());
        assertEquals("the storm shut the harbour for a day", found.get(1).quote());
        assertEquals(corrected.lastIndexOf("the ferry ran late on Monday"), found.get(2).start());
        assertEquals(List.of(Anchoring.MOVED, Anchoring.MOVED, Anchoring.MOVED),
                found.stream().map(Excerpt::anchoring).toList());
    }

    private static Excerpt excerpt(String text, String quote) {
        int start = text.indexOf(quote);
        return excerpt(text, start, start + quote.length());
    }

    private static Excerpt excerpt(String text, int start, int end) {
        ExcerptDraft draft = ExcerptDraft.of(7, text, start, end);
        return new Excerpt(70 + start, 7, start, end, draft.quote(), draft.contextBefore(), draft.contextAfter());
    }
}
