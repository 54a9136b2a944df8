package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Citation;
import org.factdesk.model.ReviewStatus;
import org.junit.jupiter.api.Test;

class CitationCheckTest {

    private static List<Finding> check(Harbour story) {
        return new CitationCheck().check(story.checked());
    }

    @Test
    void aFactWithoutACitationIsAnError() {
        List<Finding> findings = check(Harbour.sources().fact("The pier closes."));

        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("the fact has no citation: cite the passage or source it comes from", findings.get(0).message());
    }

    @Test
    void citingASourceOrPassageTheProjectNoLongerHasIsAnError() {
        Harbour story = Harbour.sources();
        story.fact("The pier closes.", Citation.ofWholeSource(Harbour.LEDGER), new Citation(Harbour.HERALD, 999L));
        story.withoutSource(Harbour.LEDGER);

        List<Finding> findings = check(story);

        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("cites source 3, which the project no longer has"),
                findings.get(0).message());
        assertTrue(findings.get(1).message().contains("a passage of Harbour Herald that the project no longer has"),
                findings.get(1).message());
    }

    @Test
    void anOrphanedPassageIsAnErrorShowingItsLastKnownQuote() {
        Harbour story = Harbour.sources();
        story.fact(ReviewStatus.VERIFIED, "The pier closes.",
                Citation.ofExcerpt(story.excerpt(Harbour.HERALD, "close the north pier", Anchoring.ORPHANED)));

        List<Finding> findings = check(story);

        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("lost when the source was corrected; its last known quote: "
                + "\u201Cclose the north pier\u201D"), findings.get(0).message());
    }

    @Test
    void aMovedPassageIsAWarningUntilTheFactIsConfirmed() {
        Harbour flagged = Harbour.sources();
        flagged.fact(ReviewStatus.NEEDS_WORK, "The pier closes.",
                Citation.ofExcerpt(flagged.excerpt(Harbour.HERALD, "close the north pier", Anchoring.MOVED)));
        Harbour confirmed = Harbour.sources();
        confirmed.fact(ReviewStatus.VERIFIED, "The pier closes.",
                Citation.ofExcerpt(confirmed.excerpt(Harbour.HERALD, "close the north pier", Anchoring.MOVED)));

        List<Finding> findings = check(flagged);

        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        Passage passage = findings.get(0).passage().orElseThrow();
        assertEquals("close the north pier", Harbour.HERALD_TEXT.substring(passage.start(), passage.end()));
        assertEquals(List.of(), check(confirmed));
    }

    @Test
    void wholeSourceAndSoundPassageCitationsAreFine() {
        Harbour story = Harbour.sources();
        story.fact(ReviewStatus.NEEDS_WORK, "The pier closes.", Citation.ofWholeSource(Harbour.RADIO),
                story.passage(Harbour.HERALD, "close the north pier"));

        assertEquals(List.of(), check(story));
    }
}
