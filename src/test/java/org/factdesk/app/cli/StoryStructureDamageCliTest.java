package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.store.DamagedProjectCase;
import org.factdesk.store.StoredBytes;
import org.junit.jupiter.api.Test;

/**
 * A story's facts, citations and narratives altered in number or order behind Factdesk's back: each row still
 * matches its own checksum, so only the story's structure check can tell.
 */
class StoryStructureDamageCliTest extends DamagedProjectCase {

    private static final String STRUCTURE = "its facts, citations or narratives are not the ones, or not in the "
            + "order, it was saved with";

    @Test
    void swappedFactPositionsAreReportedAsDamageNotExportedInTheWrongOrder() throws Exception {
        fixture.sql("UPDATE fact SET position = 1 - position WHERE story_id = " + fixture.storyId());

        assertStoryDamaged(CliRun.export(fixture.file(), fixture.storyId(), "json"));
    }

    @Test
    void aFactMovedPastTheEndByAnUpdateOfItsPositionIsReportedAsDamage() throws Exception {
        fixture.sql("UPDATE fact SET position = 5 WHERE id = " + fixture.factWithWordId());

        assertStoryDamaged(CliRun.export(fixture.file(), fixture.storyId(), "text"));
    }

    @Test
    void deletedCitationRowsAreReportedAsDamageByListAndExport() throws Exception {
        fixture.sql("DELETE FROM citation WHERE fact_id = " + fixture.factCitingHeraldId());

        assertStoryDamaged(CliRun.of("list", fixture.file().toString()));
        assertStoryDamaged(CliRun.export(fixture.file(), fixture.storyId(), "md"));
    }

    @Test
    void aDeletedNarrativeIsReportedAsDamage() throws Exception {
        fixture.sql("DELETE FROM narrative WHERE story_id = " + fixture.storyId());

        assertStoryDamaged(CliRun.export(fixture.file(), fixture.storyId(), "html"));
    }

    @Test
    void recoverKeepsAStoryWhoseStructureCheckFailsInStoredOrderWithAWarning() throws Exception {
        fixture.sql("UPDATE fact SET position = 1 - position WHERE story_id = " + fixture.storyId());
        Path recovered = folder.resolve("recovered.mv.db");

        CliRun run = CliRun.of("recover", fixture.file().toString(), recovered.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status(), run.err());
        assertEquals(List.of("warning story " + fixture.storyId() + ": kept in stored order: " + STRUCTURE,
                "recovered 2 of 2 sources and 2 of 2 stories into " + recovered), run.outLines());
        CliRun export = CliRun.export(recovered, 1, "text");
        assertEquals(FactdeskCli.EXIT_OK, export.status(), export.err());
        assertTrue(export.out().indexOf("Brackenfold engineers") < export.out().indexOf("The footbridge closes"),
                "the facts come in the order the damaged file holds them:\n" + export.out());
    }

    @Test
    void listAndExportLeaveEveryByteOfASoundFileAsItWas() throws Exception {
        String before = StoredBytes.sha256(fixture.file());

        assertEquals(FactdeskCli.EXIT_OK, CliRun.of("list", fixture.file().toString()).status());
        for (String format : List.of("json", "text", "html", "md")) {
            assertEquals(FactdeskCli.EXIT_OK, CliRun.export(fixture.file(), fixture.storyId(), format).status());
        }

        assertEquals(before, StoredBytes.sha256(fixture.file()));
    }

    @Test
    void listAndExportLeaveEveryByteOfADamagedFileAsItWas() throws Exception {
        fixture.alter("Brackenfold", "Brackenfole");
        String before = StoredBytes.sha256(fixture.file());

        assertEquals(FactdeskCli.EXIT_FAILED, CliRun.of("list", fixture.file().toString()).status());
        assertEquals(FactdeskCli.EXIT_FAILED, CliRun.export(fixture.file(), fixture.storyId(), "json")
                .status());

        assertEquals(before, StoredBytes.sha256(fixture.file()));
    }

    private void assertStoryDamaged(CliRun run) {
        assertEquals(FactdeskCli.EXIT_FAILED, run.status(), run.err());
        assertEquals(List.of("factdesk: error: Story " + fixture.storyId() + " (\"Tidewater bridge shut\") is damaged "
                + "in the project file: " + STRUCTURE + ". " + ProjectDamagedException.RECOVERY_HINT),
                run.errLines());
    }

}
