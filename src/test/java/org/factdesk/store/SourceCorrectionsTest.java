package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.factdesk.logic.anchoring.ExcerptReanchoring;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceOriginal;
import org.factdesk.model.SourceTextVersion;
import org.factdesk.model.TextCorrection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrections of a source's text and the kept originals, on a real project file. */
class SourceCorrectionsTest {

    private static final String TEXT = "Cookie banner. Accept all.\n\nThe Orm ferry will stop running in March, "
            + "the operator said. Islanders plan a protest on the quay.\n\nMost read: weather.";

    @TempDir
    Path folder;

    private Project project;
    private Source source;
    private Excerpt stopping;
    private Excerpt protest;
    private Fact protestFact;

    @BeforeEach
    void openProject() throws Exception {
        project = new H2ProjectFiles().openOrCreate(folder.resolve("desk.mv.db"));
        source = project.library().addSource(new SourceDraft("Orm Gazette", "Ferry to stop", "", "", null, "",
                TEXT, "paste"));
        stopping = excerpt("The Orm ferry will stop running in March");
        protest = excerpt("Islanders plan a protest on the quay.");
        long story = project.stories().createStory("Orm ferry", "", HouseStyle.DEFAULT).id();
        project.stories().addFact(story, 0, "The ferry stops in March.",
                List.of(Citation.ofExcerpt(stopping)), 0);
        protestFact = project.stories().addFact(story, 1, "Islanders will protest.",
                List.of(Citation.ofExcerpt(protest)), 1);
        project.stories().updateReviewStatus(protestFact.id(), ReviewStatus.VERIFIED);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void aCorrectionKeepsTheOldTextAsVersionOneAndStoresTheNewText() {
        String trimmed = trimmed();

        TextCorrection correction = correct(trimmed);

        assertEquals(2, correction.version());
        assertEquals(trimmed, project.library().sourceText(source.id()));
        List<SourceTextVersion> versions = project.library().textVersions(source.id());
        assertEquals(1, versions.size());
        assertEquals(1, versions.get(0).version());
        assertEquals(TEXT, versions.get(0).text());
        assertEquals(3, correct(trimmed + " Updated.").version(), "each correction is a new version");
        assertEquals(List.of(TEXT, trimmed), project.library().textVersions(source.id()).stream()
                .map(SourceTextVersion::text).toList());
    }

    @Test
    void eachPassageIsStoredAtItsNewPlaceWithItsOutcomeAndSurvivesAReopen() throws Exception {
        String corrected = trimmed().replace(" Islanders plan a protest on the quay.", "");

        TextCorrection correction = correct(corrected);

        assertEquals(1, correction.count(Anchoring.MOVED));
        assertEquals(1, correction.count(Anchoring.ORPHANED));
        project.close();
        project = new H2ProjectFiles().open(folder.resolve("desk.mv.db"));
        List<Excerpt> stored = project.library().excerptsOf(source.id());
        Excerpt moved = stored.stream().filter(e -> e.id() == stopping.id()).findFirst().orElseThrow();
        Excerpt orphan = stored.stream().filter(e -> e.id() == protest.id()).findFirst().orElseThrow();
        assertEquals(Anchoring.MOVED, moved.anchoring());
        assertEquals(corrected.indexOf(stopping.quote()), moved.start());
        assertEquals(Anchoring.ORPHANED, orphan.anchoring());
        assertEquals(protest.quote(), orphan.quote(), "an orphan keeps its last known quote");
        assertEquals(protest.start(), orphan.start(), "and is never moved");
    }

    @Test
    void factsWhosePassagesMovedOrWereOrphanedAreFlaggedForReview() {
        long story = project.stories().stories().get(0).id();
        Excerpt header = excerpt("Cookie banner.");
        Fact untouched = project.stories().addFact(story, 2, "A banner.", List.of(Citation.ofExcerpt(header)), 2);
        String corrected = TEXT.replace(" Islanders plan a protest on the quay.", "")
                .replace("stop running", "stop sailing");

        TextCorrection correction = correct(corrected);

        assertEquals(2, correction.flaggedFacts());
        List<Fact> facts = project.stories().loadStory(story).facts();
        assertEquals(List.of(ReviewStatus.NEEDS_WORK, ReviewStatus.NEEDS_WORK, ReviewStatus.UNCHECKED),
                facts.stream().map(Fact::reviewStatus).toList(), "a verified fact is checked again too");
        assertEquals(untouched.id(), facts.get(2).id());
    }

    @Test
    void anOrphanIsNotOfferedAsThePassageAtItsOldOffsets() {
        correct(TEXT.replace("Islanders plan a protest on the quay.", "Islanders are calm about it, they say."));

        assertEquals(Optional.empty(), project.library().findExcerpt(source.id(), protest.start(), protest.end()));
    }

    @Test
    void aCorrectionThatDoesNotPlaceEveryPassageChangesNothing() {
        Excerpt only = new ExcerptReanchoring().reanchor(stopping, trimmed());

        assertThrows(IllegalArgumentException.class,
                () -> project.library().correctText(source.id(), trimmed(), List.of(only)));

        assertEquals(TEXT, project.library().sourceText(source.id()));
        assertTrue(project.library().textVersions(source.id()).isEmpty());
    }

    @Test
    void aPassageThatDoesNotQuoteTheNewTextIsRefusedAndNothingChanges() {
        Excerpt wrong = new Excerpt(stopping.id(), source.id(), 0, 5, "Wrong", "", "", Anchoring.MOVED);

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> project.library().correctText(source.id(), trimmed(), List.of(wrong, protest)));

        assertTrue(refusal.getMessage().contains("does not quote the corrected text"), refusal.getMessage());
        assertEquals(TEXT, project.library().sourceText(source.id()));
        assertEquals(Anchoring.UNCHANGED, project.library().excerptsOf(source.id()).get(0).anchoring());
    }

    @Test
    void anOrphanThatWasMovedIsRefused() {
        Excerpt movedOrphan = new Excerpt(protest.id(), source.id(), 0, 6, "Cookie", "", "", Anchoring.ORPHANED);

        assertThrows(IllegalArgumentException.class, () -> project.library().correctText(source.id(), TEXT,
                List.of(stopping, movedOrphan)));
    }

    @Test
    void aFailureAfterTheCorrectionInItsTransactionLeavesTheOldTextAndPassages() {
        assertThrows(IllegalStateException.class, () -> project.inTransaction(() -> {
            correct(trimmed());
            throw new IllegalStateException("disk gone");
        }));

        assertEquals(TEXT, project.library().sourceText(source.id()));
        assertTrue(project.library().textVersions(source.id()).isEmpty());
        assertEquals(List.of(stopping, protest), project.library().excerptsOf(source.id()));
        assertEquals(ReviewStatus.UNCHECKED, project.stories().loadStory(1).facts().get(0).reviewStatus());
    }

    @Test
    void aRecoveredProjectKeepsAnOrphanOrphaned() throws Exception {
        correct(trimmed().replace(" Islanders plan a protest on the quay.", ""));
        project.close();

        new H2ProjectFiles().recover(folder.resolve("desk.mv.db"), folder.resolve("copy.mv.db"));

        try (Project copy = new H2ProjectFiles().open(folder.resolve("copy.mv.db"))) {
            long sourceId = copy.library().sources().get(0).id();
            assertEquals(List.of(Anchoring.MOVED, Anchoring.ORPHANED), copy.library().excerptsOf(sourceId).stream()
                    .sorted(java.util.Comparator.comparing(Excerpt::quote).reversed()).map(Excerpt::anchoring)
                    .toList());
        }
        project = new H2ProjectFiles().open(folder.resolve("desk.mv.db"));
    }

    @Test
    void aDamagedTextVersionIsReportedAsDamageToItsSource() throws Exception {
        correct(trimmed());
        project.close();
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(folder.resolve("desk.mv.db"),
                false), "", ""); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE source_text_version SET body = 'Altered on the disk.'");
        }
        project = new H2ProjectFiles().open(folder.resolve("desk.mv.db"));

        ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                () -> project.library().textVersions(source.id()));

        assertTrue(damage.getMessage().contains("text version 1 does not match its checksum"),
                damage.getMessage());
    }

    @Test
    void theOriginalFileIsKeptByteForByteAndCanBeReplaced() throws Exception {
        byte[] page = "<html><body><p>The Orm ferry will stop</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertEquals(Optional.empty(), project.library().original(source.id()));
        project.library().storeOriginal(source.id(), new SourceOriginal("orm-ferry.html", "text/html", page));
        project.library().storeOriginal(source.id(), new SourceOriginal("orm-ferry.htm", "text/html", page));
        project.close();
        project = new H2ProjectFiles().open(folder.resolve("desk.mv.db"));

        SourceOriginal kept = project.library().original(source.id()).orElseThrow();
        assertEquals("orm-ferry.htm", kept.fileName());
        assertEquals("text/html", kept.mediaType());
        assertArrayEquals(page, kept.bytes());
    }

    @Test
    void aDamagedOriginalIsReportedNotHandedOut() throws Exception {
        project.library().storeOriginal(source.id(), new SourceOriginal("orm.txt", "", new byte[] {1, 2, 3}));
        project.close();
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(folder.resolve("desk.mv.db"),
                false), "", ""); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE source_original SET bytes = X'010203FF'");
        }
        project = new H2ProjectFiles().open(folder.resolve("desk.mv.db"));

        ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                () -> project.library().original(source.id()));

        assertTrue(damage.getMessage().contains("imported from does not match its checksum"), damage.getMessage());
    }

    @Test
    void anOriginalOfAMissingSourceIsRefused() {
        assertThrows(RuntimeException.class, () -> project.library().storeOriginal(999,
                new SourceOriginal("none.txt", "", new byte[0])));
    }

    private TextCorrection correct(String newText) {
        List<Excerpt> excerpts = project.library().excerptsOf(source.id());
        return project.library().correctText(source.id(), newText,
                new ExcerptReanchoring().reanchor(excerpts, newText));
    }

    private static String trimmed() {
        return TEXT.substring(TEXT.indexOf("The Orm"), TEXT.indexOf("\n\nMost read"));
    }

    private Excerpt excerpt(String quote) {
        int start = TEXT.indexOf(quote);
        return project.library().addExcerpt(ExcerptDraft.of(source.id(), TEXT, start, start + quote.length()));
    }
}
