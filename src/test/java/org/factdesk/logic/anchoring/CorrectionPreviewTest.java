package org.factdesk.logic.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.junit.jupiter.api.Test;

/** The passages' fate before a correction is applied: counts, and each lost passage with its facts. */
class CorrectionPreviewTest {

    static final String TEXT = "Home | Weather | Sign in\n\nThe Sallow ferry will stop running in March. "
            + "Its owners blame the price of fuel.\n\nA new bridge is planned for 2034.";

    static Excerpt excerpt(long id, String text, String quote) {
        int start = text.indexOf(quote);
        ExcerptDraft draft = ExcerptDraft.of(7, text, start, start + quote.length());
        return new Excerpt(id, 7, draft.start(), draft.end(), draft.quote(), draft.contextBefore(),
                draft.contextAfter());
    }

    private final List<Excerpt> excerpts = List.of(
            excerpt(1, TEXT, "Home | Weather"),
            excerpt(2, TEXT, "The Sallow ferry will stop running in March."),
            excerpt(3, TEXT, "Its owners blame the price of fuel."),
            excerpt(4, TEXT, "A new bridge is planned for 2034."));

    @Test
    void trimmingTheMenuMovesThePassagesAfterItAndLosesTheMenusOwn() {
        String trimmed = TEXT.substring(TEXT.indexOf("The Sallow"));

        CorrectionPreview preview = CorrectionPreview.of(excerpts, trimmed,
                Map.of(1L, List.of("\u201cFerry\u201d: The site has a weather page.")));

        assertEquals(0, preview.unchanged());
        assertEquals(3, preview.moved());
        assertEquals(1, preview.lost().size());
        assertEquals("Home | Weather", preview.lost().get(0).quote());
        assertEquals(List.of("\u201cFerry\u201d: The site has a weather page."), preview.lost().get(0).citingFacts());
        assertEquals("0 unchanged, 3 moved, 1 lost", preview.counts());
        assertEquals("3 passages moved, 1 lost", preview.outcome());
    }

    @Test
    void anEditAtTheEndLeavesEveryPassageInPlace() {
        CorrectionPreview preview = CorrectionPreview.of(excerpts, TEXT + "\n\nCorrection: the bridge is a tunnel.",
                Map.of());

        assertEquals(4, preview.unchanged());
        assertEquals("no passage moved or lost", preview.outcome());
    }

    @Test
    void aPassageLostBeforeIsCountedApartAndNotAsLostAgain() {
        List<Excerpt> withOrphan = List.of(excerpts.get(1), excerpts.get(0).orphaned());

        CorrectionPreview preview = CorrectionPreview.of(withOrphan, TEXT, Map.of());

        assertEquals(1, preview.unchanged());
        assertEquals(List.of(), preview.lost());
        assertEquals(1, preview.alreadyLost());
        assertEquals("1 unchanged, 0 moved, 0 lost (and 1 lost before)", preview.counts());
    }

    @Test
    void oneMovedPassageIsSaidInTheSingular() {
        CorrectionPreview preview = CorrectionPreview.of(List.of(excerpts.get(3)), "Update. " + TEXT, Map.of());

        assertEquals("1 passage moved, 0 lost", preview.outcome());
    }
}
