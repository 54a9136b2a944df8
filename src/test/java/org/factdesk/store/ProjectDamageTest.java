package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.factdesk.model.Fact;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ProjectDamagedException.Part;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;
import org.junit.jupiter.api.Test;

class ProjectDamageTest extends DamagedProjectCase {

    private static final String HINT = " " + ProjectDamagedException.RECOVERY_HINT;

    private final H2ProjectFiles files = new H2ProjectFiles();

    @Test
    void aSourceTextWithOneLetterAlteredIsReportedAsThatSourceDamaged() throws Exception {
        fixture.alter("Quillmarsh", "Quillmarsk");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.library().sourceText(fixture.heraldId()));

            assertEquals("Source " + fixture.heraldId() + " (Harbour Herald, \"Bridge closes\") is damaged in the "
                    + "project file: its text does not match its checksum." + HINT, damage.getMessage());
            assertEquals(Part.SOURCE, damage.part());
            assertEquals(fixture.heraldId(), damage.partId());
            assertEquals(DamagedProjectFixture.GAZETTE_TEXT, project.library().sourceText(fixture.gazetteId()),
                    "the sound source still reads");
        }
    }

    /** An untitled source was once reported as {@code (Brack Radio, "")}: cited by its outlet alone now. */
    @Test
    void anUntitledSourceWithItsTextAlteredIsNamedByItsOutletAlone() throws Exception {
        Path file = Files.createDirectory(folder.resolve("untitled")).resolve("quay.mv.db");
        long sourceId;
        try (Project project = files.openOrCreate(file)) {
            sourceId = project.library().addSource(new SourceDraft("Fernby Post", "", "", "", null, "",
                    "Wharfinger Odlum said the pier reopens in June.", "test")).id();
        }
        StoredBytes.alter(file, "Wharfinger", "Wharfingex");

        try (Project project = files.open(file)) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.library().sourceText(sourceId));

            assertEquals("Source " + sourceId + " (Fernby Post) is damaged in the project file: its text does not "
                    + "match its checksum." + HINT, damage.getMessage());
        }
    }

    @Test
    void aFactWithOneLetterAlteredIsReportedAsItsStoryDamaged() throws Exception {
        fixture.alter("Brackenfold", "Brackenfole");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.stories().loadStory(fixture.storyId()));

            assertEquals("Story " + fixture.storyId() + " (\"Tidewater bridge shut\") is damaged in the project "
                    + "file: fact " + fixture.factWithWordId() + " does not match its checksum." + HINT,
                    damage.getMessage());
            assertEquals(Part.STORY, damage.part());
            assertEquals(1, project.stories().loadStory(fixture.otherStoryId()).facts().size());
        }
    }

    @Test
    void aNarrativeWithOneLetterAlteredIsReportedAsItsStoryDamaged() throws Exception {
        fixture.alter("Fenwhistle", "Fenwhistlf");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.stories().loadStory(fixture.storyId()));

            assertTrue(damage.getMessage().contains("is damaged in the project file: narrative "),
                    damage.getMessage());
        }
    }

    @Test
    void aStoryTitleWithOneLetterAlteredIsReportedWhenStoriesAreListed() throws Exception {
        fixture.alter("Tidewater", "Tidewatar");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.stories().stories());

            assertEquals("Story " + fixture.storyId() + " (\"Tidewatar bridge shut\") is damaged in the project "
                    + "file: its title, lede or style do not match their checksum." + HINT, damage.getMessage());
        }
    }

    @Test
    void findingOneStoryReadsItsRowAloneSoAnotherStorysDamageDoesNotMatter() throws Exception {
        fixture.alter("Tidewater", "Tidewatar");

        try (Project project = files.open(fixture.file())) {
            assertEquals("Ferry timetable", project.stories().findStory(fixture.otherStoryId()).orElseThrow()
                    .title());
            assertTrue(project.stories().findStory(fixture.otherStoryId() + 100).isEmpty());
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.stories().findStory(fixture.storyId()));
            assertEquals(fixture.storyId(), damage.partId());
        }
    }

    @Test
    void aFactWhoseColourWasChangedInTheFileIsReportedAsItsStoryDamaged() throws Exception {
        fixture.sql("UPDATE fact SET colour = 4 WHERE id = " + fixture.factWithWordId());

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.stories().loadStory(fixture.storyId()));

            assertEquals("Story " + fixture.storyId() + " (\"Tidewater bridge shut\") is damaged in the project "
                    + "file: fact " + fixture.factWithWordId() + " does not match its checksum." + HINT,
                    damage.getMessage());
        }
    }

    @Test
    void aReviewStatusTheProgramDoesNotKnowIsDamageNotACrash() throws Exception {
        fixture.sql("UPDATE fact SET review_status = 'MAYBE' WHERE id = " + fixture.factWithWordId());

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.stories().loadStory(fixture.storyId()));

            assertTrue(damage.getMessage().startsWith("Story " + fixture.storyId() + " (\"Tidewater bridge shut\") "
                    + "is damaged in the project file: fact " + fixture.factWithWordId()), damage.getMessage());
        }
    }

    @Test
    void aMissingValueIsDamageNotANullPointer() throws Exception {
        fixture.sql("ALTER TABLE narrative ALTER COLUMN body SET NULL");
        fixture.sql("UPDATE narrative SET body = NULL");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.stories().loadStory(fixture.storyId()));

            assertEquals(Part.STORY, damage.part(), damage.getMessage());
        }
    }

    @Test
    void aValueTheDatabaseCannotConvertIsReportedAsTheSourceDamaged() throws Exception {
        fixture.sql("ALTER TABLE source ALTER COLUMN published SET DATA TYPE VARCHAR");
        fixture.sql("UPDATE source SET published = 'the fifth of never' WHERE id = " + fixture.heraldId());

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.library().source(fixture.heraldId()));

            assertEquals("Source " + fixture.heraldId() + " is damaged in the project file: its details cannot be "
                    + "read." + HINT, damage.getMessage());
            assertFalse(damage.getMessage().contains("SQL"), "no raw database text reaches the user");
        }
    }

    @Test
    void aDamagedPassageIsReportedAsDamageToItsSource() throws Exception {
        fixture.sql("UPDATE excerpt SET quote = 'The town councel said t'");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.library().excerptsOf(fixture.gazetteId()));

            assertTrue(damage.getMessage().startsWith("Source " + fixture.gazetteId() + " (Bay Gazette, "
                    + "\"Crossing to reopen\") is damaged in the project file: passage "), damage.getMessage());
        }
    }

    @Test
    void rewritingADamagedFactReportsTheDamageInsteadOfSealingIt() throws Exception {
        fixture.sql("UPDATE fact SET review_status = 'NEEDS_WORK' WHERE id = " + fixture.factWithWordId());

        try (Project project = files.open(fixture.file())) {
            assertThrows(ProjectDamagedException.class,
                    () -> project.stories().updateFactText(fixture.factWithWordId(), "Rewritten."));
            assertThrows(ProjectDamagedException.class, () -> project.stories().loadStory(fixture.storyId()),
                    "the damaged row was not given a fresh checksum");
        }
    }

    @Test
    void everyKindOfEditKeepsItsRowsSound() throws Exception {
        try (Project project = files.open(fixture.file())) {
            Source herald = project.library().source(fixture.heraldId()).orElseThrow();
            project.library().updateSource(herald.withMetadata("Harbour Herald", "Bridge shut", "R. Osei", "",
                    null, "engineers"));
            StoryDocument story = project.stories().loadStory(fixture.storyId());
            project.stories().updateStory(story.story().withTitle("Bridge shut for repairs"));
            project.stories().updateFactText(fixture.factCitingHeraldId(), "It closes on Monday.");
            project.stories().updateFactCitations(fixture.factCitingHeraldId(), story.facts().get(1).citations());
            project.stories().moveFact(fixture.factCitingHeraldId(), 1);
            Narrative narrative = story.narratives().get(0);
            project.stories().updateNarrative(new Narrative(narrative.id(), "Engineers", "Engineers", "Rust."));
            Fact removed = story.facts().get(1);
            project.stories().deleteFact(removed.id());
            project.stories().restoreFact(fixture.storyId(), 0, removed);
        }
        try (Project project = files.open(fixture.file())) {
            StoryDocument story = project.stories().loadStory(fixture.storyId());
            assertEquals("Bridge shut for repairs", story.story().title());
            assertEquals("It closes on Monday.", story.facts().get(1).text());
            assertEquals("Bridge shut", project.library().sources().get(0).title());
            assertEquals(DamagedProjectFixture.HERALD_TEXT, project.library().sourceText(fixture.heraldId()));
        }
    }

    @Test
    void aVersionOneFileIsUpgradedWithChecksumsItsOwnRowsPass() throws Exception {
        Path file = folder.resolve("tidewater-v1.mv.db");
        try (InputStream in = getClass().getResourceAsStream("v1/tidewater-v1.mv.db")) {
            Files.copy(in, file);
        }
        try (Project project = files.open(file)) {
            for (Source source : project.library().sources()) {
                assertFalse(project.library().sourceText(source.id()).isEmpty());
                project.library().excerptsOf(source.id());
            }
            for (Story story : project.stories().stories()) {
                assertFalse(project.stories().loadStory(story.id()).facts().isEmpty());
            }
        }
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(file, true), "", "");
                Statement statement = connection.createStatement();
                ResultSet unsealed = statement.executeQuery("SELECT (SELECT COUNT(*) FROM source WHERE row_sha256 "
                        + "IS NULL) + (SELECT COUNT(*) FROM fact WHERE row_sha256 IS NULL) + (SELECT COUNT(*) FROM "
                        + "citation WHERE row_sha256 IS NULL), (SELECT COUNT(*) FROM citation)")) {
            unsealed.next();
            assertEquals(0, unsealed.getInt(1));
            assertTrue(unsealed.getInt(2) > 0, "the fixture has citations to check");
        }
    }

}
