package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.store.DamagedProjectCase;
import org.factdesk.store.SecondProcess;
import org.factdesk.store.StoredBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DamagedProjectCliTest extends DamagedProjectCase {

    @ParameterizedTest
    @ValueSource(strings = {"json", "text", "html", "md"})
    void exportOfADamagedSourceTextNamesTheSourceAndExitsOne(String format) throws Exception {
        fixture.alter("Quillmarsh", "Quillmarsk");

        CliRun run = CliRun.export(fixture.file(), fixture.storyId(), format);

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals("", run.out(), "nothing damaged is passed on");
        assertEquals(List.of("factdesk: error: Source " + fixture.heraldId() + " (Harbour Herald, \"Bridge closes\") "
                + "is damaged in the project file: its text does not match its checksum. "
                + ProjectDamagedException.RECOVERY_HINT), run.errLines());
    }

    @Test
    void exportOfAStoryWithADamagedFactNamesTheStoryAndExitsOne() throws Exception {
        fixture.alter("Brackenfold", "Brackenfole");

        CliRun run = CliRun.export(fixture.file(), fixture.storyId(), "html");

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size());
        assertTrue(run.err().startsWith("factdesk: error: Story " + fixture.storyId() + " (\"Tidewater bridge shut\") "
                + "is damaged in the project file: fact " + fixture.factWithWordId()), run.err());
    }

    @Test
    void exportAfterADamagedStoryTitleNamesTheStoryAndExitsOne() throws Exception {
        fixture.alter("Tidewater", "Tidewatar");

        CliRun run = CliRun.export(fixture.file(), fixture.storyId(), "md");

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertTrue(run.err().startsWith("factdesk: error: Story " + fixture.storyId() + " (\"Tidewatar bridge "
                + "shut\") is damaged in the project file: its title"), run.err());
    }

    @Test
    void aSoundStoryExportsWhenAnotherStorysTitleIsDamaged() throws Exception {
        fixture.alter("Tidewater", "Tidewatar");

        CliRun run = CliRun.export(fixture.file(), fixture.otherStoryId(), "text");

        assertEquals(FactdeskCli.EXIT_OK, run.status(), run.err());
        assertTrue(run.out().contains("Ferries run every hour."), run.out());
    }

    @Test
    void anUnknownReviewStatusIsReportedAsDamageWithStatusOne() throws Exception {
        fixture.sql("UPDATE fact SET review_status = 'MAYBE' WHERE id = " + fixture.factWithWordId());

        CliRun run = CliRun.export(fixture.file(), fixture.storyId(), "text");

        assertEquals(FactdeskCli.EXIT_FAILED, run.status(), run.err());
        assertEquals(List.of("factdesk: error: Story " + fixture.storyId() + " (\"Tidewater bridge shut\") is damaged "
                + "in the project file: fact " + fixture.factWithWordId() + " does not match its checksum. "
                + ProjectDamagedException.RECOVERY_HINT), run.errLines());
    }

    @Test
    void aValueTheDatabaseCannotConvertIsReportedByNameNotAsRawDatabaseText() throws Exception {
        fixture.sql("ALTER TABLE source ALTER COLUMN published SET DATA TYPE VARCHAR");
        fixture.sql("UPDATE source SET published = 'the fifth of never' WHERE id = " + fixture.gazetteId());

        CliRun run = CliRun.of("list", fixture.file().toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status(), run.err());
        assertEquals(List.of("factdesk: error: Source " + fixture.gazetteId() + " is damaged in the project file: "
                + "its details cannot be read. " + ProjectDamagedException.RECOVERY_HINT), run.errLines());
    }

    @Test
    void recoverCopiesWhatIsSoundPrintsAWarningPerPartLeftOutAndExitsOne() throws Exception {
        fixture.alter("Quillmarsh", "Quillmarsk");
        String before = StoredBytes.sha256(fixture.file());
        Path recovered = folder.resolve("recovered.mv.db");

        CliRun run = CliRun.of("recover", fixture.file().toString(), recovered.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status(), run.err());
        assertEquals(List.of(
                "warning source " + fixture.heraldId() + ": left out: its text does not match its checksum",
                "warning citation 1 of fact " + fixture.factCitingHeraldId() + " of story " + fixture.storyId()
                        + ": left out: it cites source " + fixture.heraldId() + ", which was left out",
                "recovered 1 of 2 sources and 2 of 2 stories into " + recovered), run.outLines());
        assertEquals(List.of("factdesk: error: harbour.mv.db is damaged: 2 parts were not copied whole; the warning "
                + "lines name them."), run.errLines());
        assertEquals(before, StoredBytes.sha256(fixture.file()));
        CliRun export = CliRun.export(recovered, 1, "json");
        assertEquals(FactdeskCli.EXIT_OK, export.status(), export.err());
        assertTrue(export.out().contains("Brackenfold engineers found rust."));
    }

    @Test
    void recoverRefusesADamagedFileThatAWorkstationHasOpenInOneLine() throws Exception {
        fixture.alter("Quillmarsh", "Quillmarsk");
        Path recovered = folder.resolve("recovered.mv.db");
        try (SecondProcess workstation = SecondProcess.start("hold-after-peek", fixture.file())) {
            assertEquals("open", workstation.nextLine());

            CliRun run = CliRun.of("recover", fixture.file().toString(), recovered.toString());

            assertEquals(FactdeskCli.EXIT_FAILED, run.status());
            assertEquals(List.of("factdesk: error: harbour.mv.db is open in another Factdesk window or program "
                    + "(process " + workstation.pid() + ", named in its lock marker "
                    + fixture.file().resolveSibling(".harbour.mv.db.lock") + "). Close it there first."),
                    run.errLines());
            assertEquals("", run.out());
        }
        assertFalse(Files.exists(recovered), "no new project is left behind");
    }

    @Test
    void recoverOfASoundFileExitsZeroAndPrintsOnlyTheSummary() {
        Path recovered = folder.resolve("recovered.mv.db");

        CliRun run = CliRun.of("recover", fixture.file().toString(), recovered.toString());

        assertEquals(FactdeskCli.EXIT_OK, run.status(), run.err());
        assertEquals(List.of("recovered 2 of 2 sources and 2 of 2 stories into " + recovered), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void recoverNeverReplacesAnExistingFile() throws Exception {
        Path existing = folder.resolve("existing.mv.db");
        Files.writeString(existing, "keep me");

        CliRun run = CliRun.of("recover", fixture.file().toString(), existing.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals(List.of("factdesk: error: " + existing + " already exists; recover writes a new project file "
                + "and never replaces one."), run.errLines());
        assertEquals("keep me", Files.readString(existing));
    }

    @Test
    void recoverLeavesALinkAtTheTargetAloneEvenWhenItLeadsNowhere() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("later.mv.db"), folder.resolve("nowhere.mv.db"));

        CliRun run = CliRun.of("recover", fixture.file().toString(), link.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals(List.of("factdesk: error: " + link + " already exists; recover writes a new project file "
                + "and never replaces one."), run.errLines());
        assertTrue(Files.isSymbolicLink(link), "the user's link is still there");
        assertFalse(Files.exists(folder.resolve("nowhere.mv.db")));
    }

    @Test
    void aRecoveryThatFailsLeavesNoHalfMadeProject() throws Exception {
        fixture.sql("DELETE FROM factdesk_schema WHERE version > 1");
        Path recovered = folder.resolve("recovered.mv.db");

        CliRun run = CliRun.of("recover", fixture.file().toString(), recovered.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertFalse(Files.exists(recovered), "the new project made before the failure is removed");
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("recovery reads only that format"), run.err());
    }

    @Test
    void recoverOfAFileThatDoesNotExistSaysSo() {
        CliRun run = CliRun.of("recover", folder.resolve("absent.mv.db").toString(),
                folder.resolve("recovered.mv.db").toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals(List.of("factdesk: error: there is no project file at " + folder.resolve("absent.mv.db") + "."),
                run.errLines());
    }

}
