package org.factdesk.logic.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The clean-up proposal on scraped pages written here, in the layouts editors get. */
class CleanupProposalTest {

    private static final String LONG_ONE = "The harbour board voted on Tuesday to keep the island ferry on its "
            + "winter timetable, adding two crossings a day from the first week of November until March.";
    private static final String LONG_TWO = "Board chair Ilse Marrow said the extra crossings would be paid from "
            + "the harbour reserve, and that fares would stay as they are for residents and for school pupils.";
    private static final String LONG_THREE = "The operator will hire four deck hands before December and keep "
            + "the older boat as a spare, after storms cancelled eleven sailings in January this year.";

    /** A news site: weather, city and date above the headline, subheadings, and boxes after the article. */
    private static final String NEWS_PAGE = String.join("\n\n", "14.5 C", "Tidewater", "Tuesday, March 4, 2031",
            "Island ferry keeps its winter timetable", LONG_ONE, "Who pays", LONG_TWO, "New crews", LONG_THREE,
            "The vote was nine to two.", "Latest Posts", "Don't Miss", "Stay in touch",
            "To be updated with all the latest news, offers and announcements, sign up to our letter.");

    private static Map<String, Optional<CleanupReason>> proposalFor(String text) {
        return CleanupProposal.propose(text).stream()
                .collect(Collectors.toMap(ProposedLine::text, ProposedLine::dropBecause));
    }

    @Test
    void theSiteTextAroundANewsArticleIsProposedAndTheArticleIsKept() {
        Map<String, Optional<CleanupReason>> proposal = proposalFor(NEWS_PAGE);

        assertEquals(Optional.of(CleanupReason.LEADING), proposal.get("14.5 C"));
        assertEquals(Optional.of(CleanupReason.LEADING), proposal.get("Tidewater"));
        assertEquals(Optional.of(CleanupReason.LEADING), proposal.get("Tuesday, March 4, 2031"));
        assertEquals(Optional.empty(), proposal.get("Island ferry keeps its winter timetable"), "the headline");
        assertEquals(Optional.empty(), proposal.get("Who pays"), "a subheading between paragraphs");
        assertEquals(Optional.empty(), proposal.get("New crews"));
        assertEquals(Optional.empty(), proposal.get("The vote was nine to two."), "a short last paragraph");
        for (String footer : List.of("Latest Posts", "Don't Miss", "Stay in touch",
                "To be updated with all the latest news, offers and announcements, sign up to our letter.")) {
            assertEquals(Optional.of(CleanupReason.TRAILING), proposal.get(footer), footer);
        }
    }

    @Test
    void acceptingTheProposalLeavesTheArticleInParagraphs() {
        List<ProposedLine> lines = CleanupProposal.propose(NEWS_PAGE);

        String cleaned = CleanupProposal.apply(lines, CleanupProposal.proposedDrops(lines));

        assertEquals(String.join("\n\n", "Island ferry keeps its winter timetable", LONG_ONE, "Who pays",
                LONG_TWO, "New crews", LONG_THREE, "The vote was nine to two."), cleaned);
    }

    @Test
    void theEditorCanKeepALineTheProposalWouldDrop() {
        List<ProposedLine> lines = CleanupProposal.propose(NEWS_PAGE);
        Set<Integer> dropped = new java.util.TreeSet<>(CleanupProposal.proposedDrops(lines));
        dropped.remove(2); // the date line: the editor wants it

        assertTrue(CleanupProposal.apply(lines, dropped).startsWith("Tuesday, March 4, 2031\n\nIsland ferry"));
    }

    @Test
    void navigationBarsAndButtonsAreProposedWherever() {
        String blog = String.join("\n\n", "Skip to content", "Home | Harbour | Island life | Contact",
                "Island ferry keeps its winter timetable", LONG_ONE, "Share on Facebook", LONG_TWO, "Tweet",
                LONG_THREE, "Advertisement", "Posted in Harbour » Ferries » Winter");
        Map<String, Optional<CleanupReason>> proposal = proposalFor(blog);

        assertEquals(Optional.of(CleanupReason.NAVIGATION), proposal.get("Skip to content"));
        assertEquals(Optional.of(CleanupReason.NAVIGATION), proposal.get("Home | Harbour | Island life | Contact"));
        assertEquals(Optional.of(CleanupReason.NAVIGATION), proposal.get("Share on Facebook"));
        assertEquals(Optional.of(CleanupReason.NAVIGATION), proposal.get("Tweet"));
        assertEquals(Optional.of(CleanupReason.TRAILING), proposal.get("Advertisement"), "after the last paragraph");
        assertEquals(Optional.of(CleanupReason.TRAILING), proposal.get("Posted in Harbour » Ferries » Winter"));
        assertEquals(Optional.empty(), proposal.get("Island ferry keeps its winter timetable"));
    }

    @Test
    void aShortLineThatRepeatsIsProposedEachTime() {
        String page = String.join("\n\n", LONG_ONE, "Photo: Harbour Board", LONG_TWO, "Photo: Harbour Board",
                LONG_THREE);
        List<ProposedLine> lines = CleanupProposal.propose(page);

        assertEquals(List.of(1, 3), lines.stream().filter(ProposedLine::proposedForDropping)
                .map(ProposedLine::index).toList());
        assertEquals(Optional.of(CleanupReason.REPEATED), lines.get(1).dropBecause());
    }

    @Test
    void aCleanArticleHasNothingProposed() {
        String clean = String.join("\n\n", "Island ferry keeps its winter timetable", LONG_ONE, LONG_TWO,
                "The board will meet again in May.");

        assertEquals(Set.of(), CleanupProposal.proposedDrops(CleanupProposal.propose(clean)));
    }

    @Test
    void aTextWithoutAnyParagraphDropsOnlyWhatIsPlainlyTheSites() {
        String notes = String.join("\n\n", "Ferry notes", "Two crossings added.", "Share on Facebook");

        assertEquals(Set.of(2), CleanupProposal.proposedDrops(CleanupProposal.propose(notes)));
    }
}
