package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;

/**
 * Section 3 of the checks, the citations: a fact with none is an error; so is a citation of a source or a
 * passage the story no longer holds, and one of an orphaned passage (lost in a correction, docs/decisions/0014),
 * which shows its last known quote. A passage that moved in a correction is a warning while its fact is still
 * flagged for review ({@link ReviewStatus#NEEDS_WORK}); once the editor confirms the fact, it is not. Stateless;
 * any thread.
 */
final class CitationCheck implements StoryCheck {

    static final String NAME = "citation";
    private static final int QUOTE_SHOWN = 120;

    @Override
    public List<Finding> check(CheckedStory story) {
        List<Finding> findings = new ArrayList<>();
        StoryDocument document = story.document();
        for (int i = 0; i < document.facts().size(); i++) {
            Fact fact = document.facts().get(i);
            Place place = Place.fact(i);
            String target = FindingKey.fact(fact.id());
            if (fact.citations().isEmpty()) {
                findings.add(Finding.error(place, "the fact has no citation: cite the passage or source it comes "
                        + "from", FindingKey.of(NAME, target, "no citation")));
            }
            for (Citation citation : fact.citations()) {
                check(document, fact, citation, place, target, findings);
            }
        }
        return findings;
    }

    private static void check(StoryDocument document, Fact fact, Citation citation, Place place, String target,
                              List<Finding> findings) {
        Source source = document.sources().get(citation.sourceId());
        if (source == null) {
            findings.add(Finding.error(place, "the fact cites source " + citation.sourceId() + ", which the project "
                    + "no longer has: remove the citation and cite another source",
                    FindingKey.of(NAME, target, "source " + citation.sourceId())));
            return;
        }
        if (citation.isWholeSource()) {
            return;
        }
        Excerpt excerpt = document.excerpts().get(citation.excerptId());
        if (excerpt == null) {
            findings.add(Finding.error(place, "the fact cites a passage of " + CheckedStory.name(source)
                    + " that the project no longer has: cite the passage again",
                    FindingKey.of(NAME, target, "passage " + citation.excerptId())));
        } else if (excerpt.isOrphaned()) {
            findings.add(Finding.error(place, "the fact cites a passage of " + CheckedStory.name(source)
                    + " that was lost when the source was corrected; its last known quote: \u201C"
                    + Excerpts.shortened(excerpt.quote(), QUOTE_SHOWN) + "\u201D. Cite the passage again in the "
                    + "corrected text, or remove the citation", FindingKey.of(NAME, target, excerpt.quote())));
        } else if (excerpt.anchoring() == Anchoring.MOVED
                && fact.reviewStatus() == ReviewStatus.NEEDS_WORK) {
            findings.add(Finding.warning(place, "the passage the fact cites in " + CheckedStory.name(source)
                            + " moved when the source was corrected: check the fact against \u201C"
                            + Excerpts.shortened(excerpt.quote(), QUOTE_SHOWN) + "\u201D and mark it verified",
                            FindingKey.of(NAME, target, "moved " + excerpt.quote()))
                    .revealing(new Passage(source.id(), excerpt.start(), excerpt.end())));
        }
    }
}
