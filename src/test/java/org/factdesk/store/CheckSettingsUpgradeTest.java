package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.logic.export.ExportFormat;
import org.factdesk.logic.export.StoryExports;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.Project;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceOriginal;
import org.factdesk.model.WordingChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of project format 4, written by the format-4 migrations, upgrades to format 5 on a copy: every story,
 * source, passage, text version and imported file stays as it was, the original is kept as the backup, and the
 * upgraded file has exactly the tables a new file has, with no settings yet.
 */
class CheckSettingsUpgradeTest {

    private static final String FIRST_TEXT = "Grebe Island's jetty lights failed on Friday night. The harbour board "
            + "said 14 boats waited offshore until dawn.";
    private static final String CORRECTED = "Updated. " + FIRST_TEXT;

    @TempDir
    Path folder;

    /** What the format-4 file held, read before the upgrade. */
    private record Before(long storyId, long sourceId, String json, String text) {
    }

    @Test
    void aVersionFourFileWithStoriesIsUpgradedKeepingEverything() throws Exception {
        Path file = folder.resolve("grebe.mv.db");
        Before before = versionFourFile(file);
        byte[] original = Files.readAllBytes(file);

        try (Project project = new H2ProjectFiles().open(file)) {
            assertEquals(before.json(), new StoryExports().export(project, before.storyId(), ExportFormat.JSON));
            assertEquals(before.text(), new StoryExports().export(project, before.storyId(), ExportFormat.TEXT));
            assertEquals(List.of(FIRST_TEXT), project.library().textVersions(before.sourceId()).stream()
                    .map(version -> version.text()).toList());
            assertEquals(CORRECTED, project.library().sourceText(before.sourceId()));
            assertEquals("jetty.txt", project.library().original(before.sourceId()).orElseThrow().fileName());
            assertEquals(List.of(Anchoring.MOVED), project.library().excerptsOf(before.sourceId()).stream()
                    .map(Excerpt::anchoring).toList());
            assertEquals(List.of(), project.checks().ignoredFindings(before.storyId()));
            assertEquals(List.of(), project.checks().wordingChoices());
        }

        assertEquals(5, storedVersion(file));
        assertArrayEquals(original, Files.readAllBytes(folder.resolve("grebe.mv.db.v4-backup")),
                "the format-4 original is kept as it was");
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(file, true), "", "")) {
            assertEquals(Optional.empty(), SchemaCheck.mismatch(connection), "the tables of a new file, no more");
        }
    }

    @Test
    void anUpgradedFileKeepsTheIgnoresAndChoicesMadeAfterwards() throws Exception {
        Path file = folder.resolve("grebe.mv.db");
        Before before = versionFourFile(file);
        Instant now = Instant.parse("2031-05-06T07:08:09Z");

        try (Project project = new H2ProjectFiles().open(file)) {
            project.checks().ignoreFinding(new IgnoredFinding(before.storyId(), "number:fact-1:ab", "imogen", now));
            project.checks().chooseWording(WordingChoice.silence("regime", "imogen", now));
        }

        try (Project project = new H2ProjectFiles().open(file)) {
            assertEquals(List.of(new IgnoredFinding(before.storyId(), "number:fact-1:ab", "imogen", now)),
                    project.checks().ignoredFindings(before.storyId()));
            assertEquals(List.of(WordingChoice.silence("regime", "imogen", now)), project.checks().wordingChoices());
        }
    }

    /** A project as format 4 wrote it: a corrected source with its imported file, a story citing a moved passage. */
    private static Before versionFourFile(Path file) throws Exception {
        try (Project project = new H2ProjectFiles(SchemaMigrations.RELEASED.subList(0, 4)).openOrCreate(file)) {
            Source board = project.library().addSource(new SourceDraft("Grebe Courier", "Jetty lights fail",
                    "P. Amsel", "https://courier.example/jetty", LocalDate.of(2031, 2, 7), "local paper", FIRST_TEXT,
                    "jetty.txt"));
            project.library().storeOriginal(board.id(), new SourceOriginal("jetty.txt", "text/plain",
                    FIRST_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Source radio = project.library().addSource(new SourceDraft("Grebe Radio", "Boats wait", "", "", null, "",
                    "Skippers said they waited five hours.", "test"));
            Excerpt passage = project.library().addExcerpt(ExcerptDraft.of(board.id(), FIRST_TEXT, 52, 100));
            long storyId = project.stories().createStory("Jetty lights fail", "Boats wait offshore.",
                    HouseStyle.DEFAULT).id();
            project.stories().addFact(storyId, 0, "The harbour board said 14 boats waited offshore.",
                    List.of(Citation.ofExcerpt(passage)), 2);
            long verified = project.stories().addFact(storyId, 1, "Skippers waited five hours.",
                    List.of(Citation.ofWholeSource(radio.id())), 6).id();
            project.stories().updateReviewStatus(verified, ReviewStatus.VERIFIED);
            project.stories().addNarrative(storyId, 0, "Skippers", "Grebe Radio", "The lights are too old.");
            project.stories().addNarrative(storyId, 1, "Board", "Grebe Courier", "Repairs are under way.");
            int shift = "Updated. ".length();
            project.library().correctText(board.id(), CORRECTED, List.of(passage.placedAt(
                    ExcerptDraft.of(board.id(), CORRECTED, 52 + shift, 100 + shift), Anchoring.MOVED)));
            assertEquals(4, storedVersion(project));
            return new Before(storyId, board.id(), new StoryExports().export(project, storyId, ExportFormat.JSON),
                    new StoryExports().export(project, storyId, ExportFormat.TEXT));
        }
    }

    private static int storedVersion(Project project) {
        return ((H2Project) project).database().withConnection(SchemaMigrations::storedVersion);
    }

    private static int storedVersion(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(file, true), "", "")) {
            return SchemaMigrations.storedVersion(connection);
        }
    }
}
