package org.factdesk.logic.anchoring;

import static org.factdesk.logic.anchoring.CorrectionPreviewTest.TEXT;
import static org.factdesk.logic.anchoring.CorrectionPreviewTest.excerpt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;
import org.junit.jupiter.api.Test;

/** The story shown in the window takes the file's correction: new places, outcomes and Check flags. */
class CorrectedStoryTest {

    private static final Source SALLOW = new Source(7, "Sallow Post", "Ferry to stop", "", "", null, "", "",
            Instant.parse("2031-01-01T00:00:00Z"));
    private static final Source OTHER = new Source(8, "Other Post", "", "", "", null, "", "",
            Instant.parse("2031-01-01T00:00:00Z"));

    private final Excerpt menu = excerpt(1, TEXT, "Home | Weather");
    private final Excerpt ferry = excerpt(2, TEXT, "The Sallow ferry will stop running in March.");
    private final Excerpt bridge = excerpt(4, TEXT, "A new bridge is planned for 2034.");
    /** The window's copy of the ferry passage, known by a local id until the file's id came back. */
    private final Excerpt localFerry = new Excerpt(-5, 7, ferry.start(), ferry.end(), ferry.quote(),
            ferry.contextBefore(), ferry.contextAfter());
    private final Excerpt elsewhere = new Excerpt(9, 8, 0, 4, "Tide", "", " tables");

    private StoryDocument story() {
        List<Fact> facts = List.of(
                new Fact(1, "The site has a weather page.", List.of(Citation.ofExcerpt(menu)), ReviewStatus.VERIFIED, 0),
                new Fact(-2, "The ferry stops in March.", List.of(Citation.ofExcerpt(localFerry)),
                        ReviewStatus.UNCHECKED, 1),
                new Fact(3, "Tides are listed.", List.of(Citation.ofExcerpt(elsewhere)), ReviewStatus.VERIFIED, 2));
        return new StoryDocument(new Story(1, "Ferry", "", HouseStyle.DEFAULT), facts, List.of(),
                Map.of(7L, SALLOW, 8L, OTHER), Map.of(1L, menu, -5L, localFerry, 9L, elsewhere));
    }

    @Test
    void passagesTakeTheFilesNewPlacesAndTheirFactsAreFlagged() {
        String trimmed = TEXT.substring(TEXT.indexOf("The Sallow"));
        List<Excerpt> before = List.of(menu, ferry, bridge);
        List<Excerpt> after = new ExcerptReanchoring().reanchor(before, trimmed);

        StoryDocument corrected = CorrectedStory.apply(story(), 7, before, after, trimmed);

        assertEquals(Anchoring.ORPHANED, corrected.excerpts().get(1L).anchoring());
        Excerpt movedFerry = corrected.excerpts().get(-5L);
        assertEquals(Anchoring.MOVED, movedFerry.anchoring(), "the local passage is matched by its old place");
        assertEquals(0, movedFerry.start());
        assertEquals(ferry.quote(), trimmed.substring(movedFerry.start(), movedFerry.end()));
        assertEquals(ReviewStatus.NEEDS_WORK, corrected.fact(1).reviewStatus());
        assertEquals(ReviewStatus.NEEDS_WORK, corrected.fact(-2).reviewStatus());
        assertEquals(ReviewStatus.VERIFIED, corrected.fact(3).reviewStatus(), "another source's fact stays");
        assertSame(elsewhere, corrected.excerpts().get(9L));
    }

    @Test
    void aPassageTheFileNeverGotIsPlacedByTheSameRules() {
        String longer = "Update at noon.\n\n" + TEXT;

        StoryDocument corrected = CorrectedStory.apply(story(), 7, List.of(), List.of(), longer);

        Excerpt placed = corrected.excerpts().get(-5L);
        assertEquals(Anchoring.MOVED, placed.anchoring());
        assertEquals(ferry.quote(), longer.substring(placed.start(), placed.end()));
    }

    @Test
    void anUntouchedPassageLeavesItsFactAsItWas() {
        String longer = TEXT + "\n\nMore at six.";
        List<Excerpt> before = List.of(menu, ferry);
        List<Excerpt> after = new ExcerptReanchoring().reanchor(before, longer);

        StoryDocument corrected = CorrectedStory.apply(story(), 7, before, after, longer);

        assertEquals(ReviewStatus.VERIFIED, corrected.fact(1).reviewStatus());
        assertEquals(ReviewStatus.UNCHECKED, corrected.fact(-2).reviewStatus());
    }
}
