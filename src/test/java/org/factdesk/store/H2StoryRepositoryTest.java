package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.StoryDocument;
import org.factdesk.model.StoryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StoryRepositoryTest {

    private static final String TEXT = "The ferry company said crossings stop at noon. Unions disputed the figures.";

    @TempDir
    Path folder;

    private Project project;
    private StoryRepository stories;
    private long storyId;
    private Source herald;

    @BeforeEach
    void openProject() throws Exception {
        project = new H2ProjectFiles().openOrCreate(folder.resolve("test.mv.db"));
        stories = project.stories();
        storyId = stories.createStory("Ferry strike", "Crossings halted.", HouseStyle.DEFAULT).id();
        herald = project.library().addSource(new SourceDraft("Harbour Herald", "Ferries stop", "", "",
                LocalDate.of(2031, 4, 2), "", TEXT, "test"));
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void factsComeBackInTheirOrderWithTheirCitations() {
        Excerpt passage = project.library().addExcerpt(ExcerptDraft.of(herald.id(), TEXT, 0, 46));
        stories.addFact(storyId, 0, "Second.", List.of(Citation.ofWholeSource(herald.id())), 0);
        stories.addFact(storyId, 0, "First.", List.of(Citation.ofExcerpt(passage)), 1);

        StoryDocument document = stories.loadStory(storyId);

        assertEquals(List.of("First.", "Second."), texts(document));
        assertEquals(List.of(Citation.ofExcerpt(passage)), document.facts().get(0).citations());
        assertTrue(document.facts().get(1).citations().get(0).isWholeSource());
        assertEquals(herald, document.source(herald.id()));
        assertEquals(passage, document.excerpts().get(passage.id()));
        assertEquals("The ferry company said crossings stop at noon.", passage.quote());
    }

    @Test
    void movingAFactShiftsTheOthers() {
        Fact a = stories.addFact(storyId, 0, "A.", List.of(), 2);
        stories.addFact(storyId, 1, "B.", List.of(), 3);
        stories.addFact(storyId, 2, "C.", List.of(), 4);

        stories.moveFact(a.id(), 2);
        assertEquals(List.of("B.", "C.", "A."), texts(stories.loadStory(storyId)));

        stories.moveFact(a.id(), 0);
        assertEquals(List.of("A.", "B.", "C."), texts(stories.loadStory(storyId)));

        stories.moveFact(a.id(), 99);
        assertEquals(List.of("B.", "C.", "A."), texts(stories.loadStory(storyId)));
    }

    @Test
    void deletedFactRestoresAtItsPlaceWithItsId() {
        stories.addFact(storyId, 0, "A.", List.of(), 5);
        Fact b = stories.addFact(storyId, 1, "B.", List.of(Citation.ofWholeSource(herald.id())), 6);
        stories.addFact(storyId, 2, "C.", List.of(), 7);

        stories.deleteFact(b.id());
        assertEquals(List.of("A.", "C."), texts(stories.loadStory(storyId)));

        stories.restoreFact(storyId, 1, b);
        StoryDocument document = stories.loadStory(storyId);
        assertEquals(List.of("A.", "B.", "C."), texts(document));
        assertEquals(b, document.facts().get(1));
    }

    @Test
    void factEditsAreStored() {
        Fact fact = stories.addFact(storyId, 0, "Draft.", List.of(), 0);
        stories.updateFactText(fact.id(), "Final wording.");
        stories.updateFactCitations(fact.id(), List.of(Citation.ofWholeSource(herald.id())));
        stories.updateReviewStatus(fact.id(), ReviewStatus.VERIFIED);

        Fact stored = stories.loadStory(storyId).facts().get(0);
        assertEquals("Final wording.", stored.text());
        assertEquals(List.of(Citation.ofWholeSource(herald.id())), stored.citations());
        assertEquals(ReviewStatus.VERIFIED, stored.reviewStatus());
    }

    @Test
    void aFactKeepsTheColourItWasAddedWithThroughEditsMovesAndARestore() {
        Fact a = stories.addFact(storyId, 0, "A.", List.of(), 6);
        Fact b = stories.addFact(storyId, 1, "B.", List.of(), 3);
        assertEquals(6, a.colour());

        stories.updateFactText(a.id(), "A, reworded.");
        stories.updateReviewStatus(a.id(), ReviewStatus.VERIFIED);
        stories.updateFactCitations(a.id(), List.of(Citation.ofWholeSource(herald.id())));
        stories.moveFact(a.id(), 1);
        stories.deleteFact(b.id());
        stories.restoreFact(storyId, 1, b);

        StoryDocument document = stories.loadStory(storyId);
        assertEquals(List.of("A, reworded.", "B."), texts(document));
        assertEquals(List.of(6, 3), document.facts().stream().map(Fact::colour).toList());
    }

    @Test
    void aColourThatDoesNotExistIsRefusedBeforeAnythingIsWritten() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> stories.addFact(storyId, 0, "Off the palette.", List.of(), Fact.COLOURS));

        assertTrue(error.getMessage().contains("colour 8"), error.getMessage());
        assertTrue(stories.loadStory(storyId).facts().isEmpty());
    }

    @Test
    void narrativesKeepTheirOrderThroughMovesAndRestores() {
        Narrative union = stories.addNarrative(storyId, 0, "Pro-union narrative", "Dock Voice", "Pay has lagged.");
        Narrative owner = stories.addNarrative(storyId, 1, "Pro-company narrative", "Harbour Herald", "Costs rose.");
        stories.moveNarrative(owner.id(), 0);
        assertEquals(List.of(owner, union), stories.loadStory(storyId).narratives());

        stories.deleteNarrative(owner.id());
        stories.restoreNarrative(storyId, 0, owner);
        stories.updateNarrative(new Narrative(union.id(), "Union narrative", "Dock Voice", "Wages fell."));
        List<Narrative> narratives = stories.loadStory(storyId).narratives();
        assertEquals(owner, narratives.get(0));
        assertEquals("Wages fell.", narratives.get(1).text());
    }

    @Test
    void deletingAStoryKeepsItsSources() {
        stories.addFact(storyId, 0, "A.", List.of(Citation.ofWholeSource(herald.id())), 1);
        stories.deleteStory(storyId);
        assertTrue(stories.stories().isEmpty());
        assertEquals(List.of(herald), project.library().sources());
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        assertThrows(IllegalStateException.class, () -> project.inTransaction(() -> {
            stories.addFact(storyId, 0, "Half-written.", List.of(), 2);
            throw new IllegalStateException("validation failed halfway");
        }));
        assertTrue(stories.loadStory(storyId).facts().isEmpty());
    }

    @Test
    void sourceTextAndMetadataEditsAreKeptApart() {
        Source edited = herald.withMetadata("Harbour Herald Weekly", "New headline", "B. Writer",
                "https://herald.example/ferry", null, "local business");
        project.library().updateSource(edited);
        assertEquals(edited, project.library().source(herald.id()).orElseThrow());
        assertEquals(TEXT, project.library().sourceText(herald.id()));
    }

    @Test
    void identicalSourceIsFoundAndADifferentTextIsNot() {
        SourceDraft same = new SourceDraft("Harbour Herald", "Ferries stop", "", "", null, "", TEXT, "again");
        SourceDraft other = new SourceDraft("Harbour Herald", "Ferries stop", "", "", null, "", TEXT + "!", "x");
        assertEquals(herald.id(), project.library().findIdentical(same).orElseThrow().id());
        assertTrue(project.library().findIdentical(other).isEmpty());
    }

    @Test
    void excerptsOfASourceComeInTextOrder() {
        Excerpt later = project.library().addExcerpt(ExcerptDraft.of(herald.id(), TEXT, 47, 75));
        Excerpt earlier = project.library().addExcerpt(ExcerptDraft.of(herald.id(), TEXT, 4, 17));
        assertEquals(List.of(earlier, later), project.library().excerptsOf(herald.id()));
        assertEquals(later, project.library().findExcerpt(herald.id(), 47, 75).orElseThrow());
        assertEquals("ferry company", earlier.quote());
        assertEquals("The ", earlier.contextBefore());
    }

    private static List<String> texts(StoryDocument document) {
        return document.facts().stream().map(Fact::text).toList();
    }
}
