package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.store.DamagedProjectFixture;
import org.factdesk.store.StoredBytes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story's facts, citations and narratives altered in number or order behind Factdesk's back: each row still
 * matches its own checksum, so only the story's structure check can tell.
 */
class StoryStructureDamageCliTest {

    private static final String STRUCTURE = "its facts, citations or narratives are not the ones, or not in the "
            + "order, it was saved with";

    @TempDir
    Path folder;

    private DamagedProjectFixture fixture;
    private String file;

    @BeforeEach
    void createProject() throws Exception {
        fixture = DamagedProjectFixture.createIn(folder);
        file = fixture.file().toString();
    }

    @Test
    void swappedFactPositionsAreReportedAsDamageNotExportedInTheWrongOrder() throws Exception {
        sql("UPDATE fact SET position = 1 - position WHERE story_id = " + fixture.storyId());

        assertStoryDamaged(CliRun.of("export", file, "--story", String.valueOf(fixture.storyId()), "--format",
                "json"));
    }

    @Test
    void aFactMovedPastTheEndByAnUpdateOfItsPositionIsReportedAsDamage() throws Exception {
        sql("UPDATE fact SET position = 5 WHERE id = " + fixture.factWithWordId());

        assertStoryDamaged(CliRun.of("export", file, "--story", String.valueOf(fixture.storyId()), "--format",
                "text"));
    }

    @Test
    void deletedCitationRowsAreReportedAsDamageByListAndExport() throws Exception {
        sql("DELETE FROM citation WHERE fact_id = " + fixture.factCitingHeraldId());

        assertStoryDamaged(CliRun.of("list", file));
        assertStoryDamaged(CliRun.of("export", file, "--story", String.valueOf(fixture.storyId()), "--format",
                "md"));
    }

    @Test
    void aDeletedNarrativeIsReportedAsDamage() throws Exception {
        sql("DELETE FROM narrative WHERE story_id = " + fixture.storyId());

        assertStoryDamaged(CliRun.of("export", file, "--story", String.valueOf(fixture.storyId()), "--format",
                "html"));
    }

    @Test
    void recoverKeepsAStoryWhoseStructureCheckFailsInStoredOrderWithAWarning() throws Exception {
        sql("UPDATE fact SET position = 1 - position WHERE story_id = " + fixture.storyId());
        Path recovered = folder.resolve("recovered.mv.db");

        CliRun run = CliRun.of("recover", file, recovered.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status(), run.err());
        assertEquals(List.of("warning story " + fixture.storyId() + ": kept in stored order: " + STRUCTURE,
                "recovered 2 of 2 sources and 2 of 2 stories into " + recovered), run.outLines());
        CliRun export = CliRun.of("export", recovered.toString(), "--story", "1", "--format", "text");
        assertEquals(FactdeskCli.EXIT_OK, export.status(), export.err());
        assertTrue(export.out().indexOf("Brackenfold engineers") < export.out().indexOf("The footbridge closes"),
                "the facts come in the order the damaged file holds them:\n" + export.out());
    }

    @Test
    void listAndExportLeaveEveryByteOfASoundFileAsItWas() throws Exception {
        String before = StoredBytes.sha256(fixture.file());

        assertEquals(FactdeskCli.EXIT_OK, CliRun.of("list", file).status());
        for (String format : List.of("json", "text", "html", "md")) {
            assertEquals(FactdeskCli.EXIT_OK, CliRun.of("export", file, "--story",
                    String.valueOf(fixture.storyId()), "--format", format).status());
        }

        assertEquals(before, StoredBytes.sha256(fixture.file()));
    }

    @Test
    void listAndExportLeaveEveryByteOfADamagedFileAsItWas() throws Exception {
        StoredBytes.alter(fixture.file(), "Brackenfold", "Brackenfole");
        String before = StoredBytes.sha256(fixture.file());

        assertEquals(FactdeskCli.EXIT_FAILED, CliRun.of("list", file).status());
        assertEquals(FactdeskCli.EXIT_FAILED, CliRun.of("export", file, "--story",
                String.valueOf(fixture.storyId()), "--format", "json").status());

        assertEquals(before, StoredBytes.sha256(fixture.file()));
    }

    private void assertStoryDamaged(CliRun run) {
        assertEquals(FactdeskCli.EXIT_FAILED, run.status(), run.err());
        assertEquals(List.of("factdesk: error: Story " + fixture.storyId() + " (\"Tidewater bridge shut\") is damaged "
                + "in the project file: " + STRUCTURE + ". " + ProjectDamagedException.RECOVERY_HINT),
                run.errLines());
    }

    /** Alters the closed project through SQL, as a tool outside Factdesk would. */
    private void sql(String statement) throws Exception {
        String base = file.substring(0, file.length() - ".mv.db".length());
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "", "");
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
