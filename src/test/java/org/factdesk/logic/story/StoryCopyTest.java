package org.factdesk.logic.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.factdesk.logic.check.FindingKey;
import org.factdesk.model.Citation;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.Project;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.StoryDocument;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.store.StoredBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryCopyTest {

    @TempDir
    Path folder;

    @Test
    void aDuplicateKeepsEachFactsTextStatusCitationsAndColour() throws Exception {
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("copy.mv.db"))) {
            Source gazette = project.library().addSource(new SourceDraft("Fenmouth Gazette", "Lock gates", "", "",
                    null, "", "The lock gates at Fenmouth stuck open on Sunday.", "test"));
            long storyId = project.stories().createStory("Lock gates stuck", "", HouseStyle.DEFAULT).id();
            // Colours no rule would give in this order: the copy must take them over, not choose anew.
            project.stories().addFact(storyId, 0, "The gates stuck open.",
                    List.of(Citation.ofWholeSource(gazette.id())), 4);
            long checked = project.stories().addFact(storyId, 1, "Barges waited overnight.", List.of(), 1).id();
            project.stories().addFact(storyId, 2, "Engineers arrived at dawn.", List.of(), 7);
            project.stories().updateReviewStatus(checked, ReviewStatus.VERIFIED);
            project.stories().addNarrative(storyId, 0, "Boaters", "Fenmouth Gazette", "The gates are too old.");

            long copyId = StoryCopy.duplicate(project, storyId);

            StoryDocument original = project.stories().loadStory(storyId);
            StoryDocument copy = project.stories().loadStory(copyId);
            assertNotEquals(storyId, copyId);
            assertEquals("Lock gates stuck (copy)", copy.story().title());
            assertEquals(List.of(4, 1, 7), copy.facts().stream().map(Fact::colour).toList());
            assertEquals(original.facts().stream().map(StoryCopyTest::withoutId).toList(),
                    copy.facts().stream().map(StoryCopyTest::withoutId).toList());
            assertEquals(original.narratives().get(0).text(), copy.narratives().get(0).text());
        }
    }

    @Test
    void aDuplicateKeepsTheIgnoresOfTheOriginalEachNamingItsCopiedFactOrNarrative() throws Exception {
        Instant monday = Instant.parse("2031-03-03T09:15:00Z");
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("copy.mv.db"))) {
            long storyId = project.stories().createStory("Lock gates stuck", "", HouseStyle.DEFAULT).id();
            project.stories().addFact(storyId, 0, "The gates stuck open.", List.of(), 4);
            long fact = project.stories().addFact(storyId, 1, "Barges waited 9 hours.", List.of(), 1).id();
            long narrative = project.stories().addNarrative(storyId, 0, "Boaters", "Fenmouth Gazette",
                    "The gates are too old.").id();
            project.checks().ignoreFinding(new IgnoredFinding(storyId, "number:" + FindingKey.fact(fact) + ":ab",
                    "imogen", monday));
            project.checks().ignoreFinding(new IgnoredFinding(storyId, "narrative:" + FindingKey.narrative(narrative)
                    + ":cd", "tomasz", monday));
            project.checks().ignoreFinding(new IgnoredFinding(storyId, "narrative:story:ef", "imogen", monday));

            long copyId = StoryCopy.duplicate(project, storyId);

            StoryDocument copy = project.stories().loadStory(copyId);
            assertEquals(List.of(
                    new IgnoredFinding(copyId, "number:" + FindingKey.fact(copy.facts().get(1).id()) + ":ab", "imogen",
                            monday),
                    new IgnoredFinding(copyId, "narrative:" + FindingKey.narrative(copy.narratives().get(0).id())
                            + ":cd", "tomasz", monday),
                    new IgnoredFinding(copyId, "narrative:story:ef", "imogen", monday)),
                    project.checks().ignoredFindings(copyId));
            assertEquals(3, project.checks().ignoredFindings(storyId).size(), "the original keeps its own");
        }
    }

    /** A lost ignore costs only itself: the copy is made, showing that finding again. */
    @Test
    void aStoryWhoseIgnoresAreDamagedIsStillDuplicatedWithoutThem() throws Exception {
        Path file = folder.resolve("copy.mv.db");
        long storyId;
        try (Project project = new H2ProjectFiles().openOrCreate(file)) {
            storyId = project.stories().createStory("Lock gates stuck", "", HouseStyle.DEFAULT).id();
            project.stories().addFact(storyId, 0, "The gates stuck open.", List.of(), 4);
            project.checks().ignoreFinding(new IgnoredFinding(storyId, "outlets:story:ab", "imogen",
                    Instant.parse("2031-03-03T09:15:00Z")));
        }
        StoredBytes.sql(file, "UPDATE ignored_finding SET ignored_by = 'someone else'");

        try (Project project = new H2ProjectFiles().open(file)) {
            long copyId = StoryCopy.duplicate(project, storyId);

            assertEquals(List.of("The gates stuck open."), project.stories().loadStory(copyId).facts().stream()
                    .map(Fact::text).toList());
            assertEquals(List.of(), project.checks().ignoredFindings(copyId));
        }
    }

    private static Fact withoutId(Fact fact) {
        return new Fact(0, fact.text(), fact.citations(), fact.reviewStatus(), fact.colour());
    }
}
