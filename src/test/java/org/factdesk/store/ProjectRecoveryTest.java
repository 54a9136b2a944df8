package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdesk.model.Fact;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.factdesk.model.RecoveryReport;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;
import org.factdesk.model.WordingChoice;
import org.junit.jupiter.api.Test;

class ProjectRecoveryTest extends DamagedProjectCase {

    private static final Instant MONDAY = Instant.parse("2031-03-03T09:15:00Z");

    private final H2ProjectFiles files = new H2ProjectFiles();

    @Test
    void aSoundFileIsCopiedWholeWithNothingReported() throws Exception {
        RecoveryReport report = recoverInto("copy.mv.db");

        assertTrue(report.allSound(), report.leftOut().toString());
        assertEquals(List.of(2, 2, 2, 2), List.of(report.sources(), report.sourcesCopied(), report.stories(),
                report.storiesCopied()));
        try (Project copy = files.open(folder.resolve("copy.mv.db"))) {
            StoryDocument story = copy.stories().loadStory(copy.stories().stories().get(0).id());
            assertEquals("Tidewater bridge shut", story.story().title());
            assertEquals(List.of("The footbridge closes on Monday.", "Brackenfold engineers found rust."),
                    story.facts().stream().map(Fact::text).toList());
            assertEquals(ReviewStatus.VERIFIED, story.facts().get(1).reviewStatus());
            assertEquals(List.of(5, 3), story.facts().stream().map(Fact::colour).toList(),
                    "each fact keeps its own colour, not one from its new id");
            assertEquals("The town council said t", story.excerpts().values().iterator().next().quote());
            assertEquals("Fenwhistle said it was safe.", story.narratives().get(0).text());
            assertEquals(DamagedProjectFixture.HERALD_TEXT,
                    copy.library().sourceText(story.facts().get(0).citations().get(0).sourceId()));
        }
    }

    @Test
    void aDamagedSourceIsLeftOutWithTheCitationsOfItAndTheDamagedFileKeepsEveryByte() throws Exception {
        fixture.alter("Quillmarsh", "Quillmarsk");
        String before = StoredBytes.sha256(fixture.file());

        RecoveryReport report = recoverInto("copy.mv.db");

        assertEquals(before, StoredBytes.sha256(fixture.file()), "recovery only reads the damaged file");
        assertEquals(List.of(
                "warning source " + fixture.heraldId() + ": left out: its text does not match its checksum",
                "warning citation 1 of fact " + fixture.factCitingHeraldId() + " of story " + fixture.storyId()
                        + ": left out: it cites source " + fixture.heraldId() + ", which was left out"),
                report.leftOut().stream().map(RecoveryReport.LeftOut::line).toList());
        assertEquals(1, report.sourcesCopied());
        assertEquals(2, report.storiesCopied());
        try (Project copy = files.open(folder.resolve("copy.mv.db"))) {
            assertEquals(List.of("Bay Gazette"), copy.library().sources().stream().map(Source::outlet).toList());
            StoryDocument story = copy.stories().loadStory(copy.stories().stories().get(0).id());
            assertEquals(List.of(), story.facts().get(0).citations(), "the fact stays, without its citation");
        }
    }

    @Test
    void aDamagedFactIsLeftOutAndADamagedStoryRowKeepsItsFactsUnderANewTitle() throws Exception {
        fixture.alter("Brackenfold", "Brackenfole");
        fixture.sql("UPDATE story SET lede = 'Altered.' WHERE id = " + fixture.otherStoryId());

        RecoveryReport report = recoverInto("copy.mv.db");

        assertEquals(List.of(
                "warning fact " + fixture.factWithWordId() + " of story " + fixture.storyId()
                        + ": left out: it does not match its checksum",
                "warning story " + fixture.otherStoryId() + ": kept with a new title: \"Recovered story "
                        + fixture.otherStoryId() + "\", without its lede; its title, lede or style do not match "
                        + "their checksum"),
                report.leftOut().stream().map(RecoveryReport.LeftOut::line).toList(), "in the order of the file");
        try (Project copy = files.open(folder.resolve("copy.mv.db"))) {
            List<Story> stories = copy.stories().stories();
            assertEquals(List.of("Tidewater bridge shut", "Recovered story " + fixture.otherStoryId()),
                    stories.stream().map(Story::title).toList());
            assertEquals(List.of("Ferries run every hour."), copy.stories().loadStory(stories.get(1).id()).facts()
                    .stream().map(Fact::text).toList(), "the sound facts of the damaged story are kept");
            StoryDocument story = copy.stories().loadStory(stories.get(0).id());
            assertEquals(List.of("The footbridge closes on Monday."), story.facts().stream().map(Fact::text).toList());
            assertEquals(1, story.narratives().size());
        }
    }

    @Test
    void aCitationOfADamagedPassageKeepsItsSource() throws Exception {
        fixture.sql("UPDATE excerpt SET context_after = 'altered'");

        RecoveryReport report = recoverInto("copy.mv.db");

        assertEquals(2, report.leftOut().size(), report.leftOut().toString());
        assertEquals(RecoveryReport.Action.KEPT_WITHOUT_ITS_PASSAGE, report.leftOut().get(1).action());
        try (Project copy = files.open(folder.resolve("copy.mv.db"))) {
            Fact fact = copy.stories().loadStory(copy.stories().stories().get(0).id()).facts().get(1);
            assertEquals(1, fact.citations().size());
            assertNull(fact.citations().get(0).excerptId());
        }
    }

    @Test
    void aFileOfAnOlderFormatIsRefusedUntouched() throws Exception {
        fixture.sql("DELETE FROM factdesk_schema WHERE version > 1");
        String before = StoredBytes.sha256(fixture.file());

        try (Project target = files.openOrCreate(folder.resolve("copy.mv.db"))) {
            ProjectFileException refused = assertThrows(ProjectFileException.class,
                    () -> ProjectRecovery.copySound(fixture.file(), target));
            assertTrue(refused.getMessage().contains("recovery reads only that format"), refused.getMessage());
        }
        assertEquals(before, StoredBytes.sha256(fixture.file()));
    }

    @Test
    void aDamagedFileThatAnotherLiveProcessHoldsIsRefusedAndItsMarkerKept() throws Exception {
        fixture.alter("Quillmarsh", "Quillmarsk");
        Path marker = ProjectLock.markerOf(fixture.file());
        // After its peek, the holder no longer has H2's own lock on the file: only the marker tells.
        try (SecondProcess workstation = SecondProcess.start("hold-after-peek", fixture.file())) {
            assertEquals("open", workstation.nextLine());

            ProjectFileException refused = assertThrows(ProjectFileException.class, () -> recoverInto("copy.mv.db"));

            assertEquals(Problem.IN_USE, refused.problem());
            assertTrue(refused.getMessage().contains("is open in another Factdesk window or program (process "
                    + workstation.pid() + ", named in its lock marker " + marker + ")"), refused.getMessage());
            assertTrue(Files.readString(marker).contains("pid=" + workstation.pid() + "\n"),
                    "the live process's marker was not taken over");
            assertTrue(workstation.isAlive());
        }
    }

    @Test
    void aMarkerLeftByACrashIsTakenOverAndRemovedWhenTheRecoveryEnds() throws Exception {
        Path marker = ProjectLock.markerOf(fixture.file());
        try (SecondProcess crashed = SecondProcess.start("hold", fixture.file())) {
            assertEquals("open", crashed.nextLine());
            assertEquals(SecondProcess.KILLED, crashed.kill());
        }
        assertTrue(Files.exists(marker), "the crash left its marker behind");

        RecoveryReport report = recoverInto("copy.mv.db");

        assertTrue(report.allSound(), report.leftOut().toString());
        assertFalse(Files.exists(marker), "the recovery released the marker it took over");
    }

    @Test
    void aRecoveryThroughALinkTakesTheMarkerBesideTheRealFile() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("latest.mv.db"), fixture.file().getFileName());
        try (SecondProcess workstation = SecondProcess.start("hold-after-peek", fixture.file())) {
            assertEquals("open", workstation.nextLine());

            try (Project target = files.openOrCreate(folder.resolve("copy.mv.db"))) {
                ProjectFileException refused = assertThrows(ProjectFileException.class,
                        () -> ProjectRecovery.copySound(link, target));
                assertEquals(Problem.IN_USE, refused.problem());
            }
        }
        assertFalse(Files.exists(ProjectLock.markerOf(link)), "no second marker beside the link");
    }

    @Test
    void recoverWritesANewProjectFileBesideTheDamagedOne() throws Exception {
        fixture.alter("Quillmarsh", "Quillmarsk");
        Path target = folder.resolve("harbour recovered.mv.db");

        RecoveryReport report = files.recover(fixture.file(), target);

        assertEquals(1, report.sourcesCopied());
        try (Project copy = files.open(target)) {
            assertEquals(List.of("Bay Gazette"), copy.library().sources().stream().map(Source::outlet).toList());
        }
    }

    @Test
    void aRecoveryThatFailsLeavesNoNewFileAndNeverReplacesOne() throws Exception {
        Path target = folder.resolve("new.mv.db");
        ProjectFileException missing = assertThrows(ProjectFileException.class,
                () -> files.recover(folder.resolve("gone.mv.db"), target));
        assertEquals(Problem.NOT_FOUND, missing.problem());
        assertFalse(Files.exists(target), "the new file made for the recovery is removed again");

        Files.writeString(target, "an editor's notes");
        assertThrows(ProjectFileException.class, () -> files.recover(fixture.file(), target));
        assertEquals("an editor's notes", Files.readString(target));
    }

    /**
     * A kill (or a logout) during a long recovery once left a file of the new name that opened as a sound
     * project holding only the sources copied so far: the copy is now built under a hidden name and published
     * whole. The next recovery to the same name removes what the killed one left and succeeds.
     */
    @Test
    void aRecoveryKilledHalfWayLeavesNoFileUnderTheNewName() throws Exception {
        Path large = folder.resolve("minutes.mv.db");
        try (Project project = files.openOrCreate(large)) {
            for (int i = 0; i < 8; i++) {
                project.library().addSource(new SourceDraft("Quay Ledger", "Minutes " + i, "", "", null, "",
                        ("Meeting " + i + " of the harbour board heard the tide tables read aloud.\n")
                                .repeat(30_000), "minutes-" + i + ".txt"));
            }
        }
        Path target = folder.resolve("saved.mv.db");
        Path work = SiblingFiles.workFile(target, H2ProjectFiles.RECOVERY_PURPOSE);
        try (SecondProcess recovery = SecondProcess.start("recover", large, target)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(target) && !Files.exists(work) && recovery.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertEquals(SecondProcess.KILLED, recovery.kill(), "killed while copying, not after");
        }
        assertFalse(Files.exists(target), "no file of the new name before the copy is complete");

        RecoveryReport report = files.recover(large, target);

        assertEquals(8, report.sourcesCopied());
        assertFalse(Files.exists(work), "the work file of the killed recovery is removed");
        try (Project copy = files.open(target)) {
            assertEquals(8, copy.library().sources().size());
        }
    }

    @Test
    void aSourceKeepsTheFileItWasImportedFromAndADamagedFileCostsOnlyItself() throws Exception {
        byte[] page = "<p>Wintermoor ferry page, as saved.</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Project project = files.open(fixture.file())) {
            project.library().storeOriginal(fixture.heraldId(),
                    new org.factdesk.model.SourceOriginal("bridge.html", "text/html", page));
            project.library().storeOriginal(fixture.gazetteId(),
                    new org.factdesk.model.SourceOriginal("crossing.txt", "text/plain", "Bay Gazette copy".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
        }
        fixture.alter("Bay Gazette copy", "Bay Gazette cop!");

        RecoveryReport report = recoverInto("copy.mv.db");

        assertEquals(List.of("warning imported file of source " + fixture.gazetteId() + ": left out: the file it "
                + "was imported from does not match its checksum"),
                report.leftOut().stream().map(RecoveryReport.LeftOut::line).toList());
        try (Project copy = files.open(folder.resolve("copy.mv.db"))) {
            Source herald = copy.library().sources().stream().filter(s -> s.outlet().equals("Harbour Herald"))
                    .findFirst().orElseThrow();
            org.factdesk.model.SourceOriginal kept = copy.library().original(herald.id()).orElseThrow();
            assertEquals("bridge.html", kept.fileName());
            assertTrue(java.util.Arrays.equals(page, kept.bytes()));
            Source gazette = copy.library().sources().stream().filter(s -> s.outlet().equals("Bay Gazette"))
                    .findFirst().orElseThrow();
            assertTrue(copy.library().original(gazette.id()).isEmpty());
        }
    }

    @Test
    void ignoresAndWordingChoicesAreCopiedEachIgnoreNamingTheCopiedFactOrNarrative() throws Exception {
        long narrativeId;
        try (Project project = files.open(fixture.file())) {
            narrativeId = project.stories().loadStory(fixture.storyId()).narratives().get(0).id();
            ignore(project, fixture.storyId(), "wording:fact-" + fixture.factWithWordId() + ":aa");
            ignore(project, fixture.storyId(), "narrative:narrative-" + narrativeId + ":bb");
            ignore(project, fixture.storyId(), "outlets:story:cc");
            ignore(project, fixture.otherStoryId(), "citation:fact-" + fixture.factWithWordId() + ":dd");
            project.checks().chooseWording(WordingChoice.silence("regime", "imogen", MONDAY));
            project.checks().chooseWording(new WordingChoice(WordingChoice.Kind.WATCH, "lashed out",
                    "editorialising", "verb", List.of("criticised"), "It casts a remark as an attack.", "tomasz",
                    MONDAY.plusSeconds(5)));
        }

        RecoveryReport report = recoverInto("copy.mv.db");

        assertTrue(report.allSound(), report.leftOut().toString());
        try (Project copy = files.open(folder.resolve("copy.mv.db"))) {
            List<Story> stories = copy.stories().stories();
            StoryDocument story = copy.stories().loadStory(stories.get(0).id());
            assertEquals(List.of("wording:fact-" + story.facts().get(1).id() + ":aa",
                    "narrative:narrative-" + story.narratives().get(0).id() + ":bb", "outlets:story:cc"),
                    keys(copy, story.story().id()));
            assertEquals(stories.get(0).id(), copy.checks().ignoredFindings(stories.get(0).id()).get(0).storyId());
            assertEquals("imogen", copy.checks().ignoredFindings(stories.get(0).id()).get(0).ignoredBy());
            assertEquals(List.of(), keys(copy, stories.get(1).id()),
                    "an ignore naming a fact of another story is about nothing in the copy");
            assertEquals(List.of("regime", "lashed out"), copy.checks().wordingChoices().stream()
                    .map(WordingChoice::term).toList());
            assertEquals(List.of("criticised"), copy.checks().wordingChoices().get(1).suggestions());
        }
    }

    @Test
    void aDamagedIgnoreOrWordingChoiceIsLeftOutAndNamedAndTheRestIsCopied() throws Exception {
        try (Project project = files.open(fixture.file())) {
            ignore(project, fixture.storyId(), "outlets:story:Gorsemoor");
            ignore(project, fixture.storyId(), "outlets:story:sound");
            project.checks().chooseWording(WordingChoice.silence("Heathrigg", "imogen", MONDAY));
            project.checks().chooseWording(WordingChoice.silence("regime", "imogen", MONDAY.plusSeconds(5)));
        }
        fixture.alter("Gorsemoor", "Gorsemoos");
        fixture.alter("Heathrigg", "Heathrigs");

        RecoveryReport report = recoverInto("copy.mv.db");

        assertEquals(List.of(
                "warning ignored finding 1 of story " + fixture.storyId()
                        + ": left out: it does not match its checksum",
                "warning wording choice 1: left out: it does not match its checksum"),
                report.leftOut().stream().map(RecoveryReport.LeftOut::line).toList());
        try (Project copy = files.open(folder.resolve("copy.mv.db"))) {
            assertEquals(List.of("outlets:story:sound"), keys(copy, copy.stories().stories().get(0).id()));
            assertEquals(List.of("regime"), copy.checks().wordingChoices().stream().map(WordingChoice::term)
                    .toList());
        }
    }

    @Test
    void anIgnoreOfADamagedFactIsLeftOutWithIt() throws Exception {
        try (Project project = files.open(fixture.file())) {
            ignore(project, fixture.storyId(), "wording:fact-" + fixture.factWithWordId() + ":aa");
            ignore(project, fixture.storyId(), "number:fact-" + fixture.factCitingHeraldId() + ":bb");
        }
        fixture.alter("Brackenfold", "Brackenfole");

        RecoveryReport report = recoverInto("copy.mv.db");

        assertEquals(1, report.leftOut().size(), "only the fact is named: " + report.leftOut());
        try (Project copy = files.open(folder.resolve("copy.mv.db"))) {
            StoryDocument story = copy.stories().loadStory(copy.stories().stories().get(0).id());
            assertEquals(List.of("number:fact-" + story.facts().get(0).id() + ":bb"), keys(copy, story.story().id()));
        }
    }

    private static void ignore(Project project, long storyId, String key) {
        project.checks().ignoreFinding(new IgnoredFinding(storyId, key, "imogen", MONDAY));
    }

    private static List<String> keys(Project project, long storyId) {
        return project.checks().ignoredFindings(storyId).stream().map(IgnoredFinding::key).toList();
    }

    private RecoveryReport recoverInto(String name) throws Exception {
        try (Project target = files.openOrCreate(folder.resolve(name))) {
            return ProjectRecovery.copySound(fixture.file(), target);
        }
    }

}
