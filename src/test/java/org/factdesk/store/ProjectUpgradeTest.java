package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.logic.export.ExportFormat;
import org.factdesk.logic.export.StoryExports;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades of older project files: on a copy, with the original kept, and never half done. Uses the real
 * schema-version-1 file written by Factdesk 0.1.0 and test migrations for the step after it.
 */
class ProjectUpgradeTest {

    private static final String V1_FILE = "/org/factdesk/store/v1/tidewater-v1.mv.db";
    private static final String V1_STORY = "/org/factdesk/store/v1/tidewater-v1-story1.json";

    /** The format the released migrations bring a file to, and the test step after it. */
    private static final int RELEASED = new SchemaMigrations(SchemaMigrations.RELEASED).latestVersion();
    private static final int NEXT = RELEASED + 1;

    private static final List<SchemaMigrations.Migration> WITH_HARMLESS_NEXT = withNext("Next__story_notes.sql");
    private static final List<SchemaMigrations.Migration> WITH_FAILING_NEXT = withNext("Next__fails_halfway.sql");

    private static List<SchemaMigrations.Migration> withNext(String script) {
        List<SchemaMigrations.Migration> migrations = new java.util.ArrayList<>(SchemaMigrations.RELEASED);
        migrations.add(new SchemaMigrations.Migration(NEXT, "/org/factdesk/store/test-migrations/" + script));
        return List.copyOf(migrations);
    }

    @TempDir
    Path folder;

    @Test
    void aRealVersionOneFileIsUpgradedAndStillExportsItsStoryUnchanged() throws Exception {
        Path file = v1Copy();
        byte[] original = Files.readAllBytes(file);

        try (Project project = new H2ProjectFiles(WITH_HARMLESS_NEXT).open(file)) {
            assertEquals(resource(V1_STORY), new StoryExports().export(project, 1, ExportFormat.JSON));
        }

        assertEquals(NEXT, storedVersion(file));
        Path backup = folder.resolve("tidewater.mv.db.v1-backup");
        assertArrayEquals(original, Files.readAllBytes(backup), "the version-1 original is kept as it was");
        assertEquals(List.of("tidewater.mv.db", "tidewater.mv.db.v1-backup"), visibleFiles(),
                "no work file is left beside the project");
    }

    @Test
    void upgradingThroughALinkUpgradesTheRealFileAndKeepsTheLink() throws Exception {
        Path real = v1Copy();
        Path link = Files.createSymbolicLink(folder.resolve("desk.mv.db"), real.getFileName());

        try (Project project = new H2ProjectFiles(WITH_HARMLESS_NEXT).open(link)) {
            assertEquals(resource(V1_STORY), new StoryExports().export(project, 1, ExportFormat.JSON));
        }

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(real.getFileName(), Files.readSymbolicLink(link));
        assertEquals(NEXT, storedVersion(real));
        assertEquals(List.of("desk.mv.db", "tidewater.mv.db", "tidewater.mv.db.v1-backup"), visibleFiles(),
                "the backup stands beside the real file");
    }

    @Test
    void aLinkAndItsFileShareOneLockMarkerBesideTheRealFile() throws Exception {
        Path real = v1Copy();
        Path link = Files.createSymbolicLink(folder.resolve("desk.mv.db"), real.getFileName());
        H2ProjectFiles files = new H2ProjectFiles();

        // Another process opening either route finds this one marker and reports the file in use.
        try (Project viaLink = files.open(link)) {
            assertEquals(real.toRealPath(), viaLink.file());
            assertTrue(Files.exists(ProjectLock.markerOf(real)), "the marker is keyed by the real file");
            assertFalse(Files.exists(ProjectLock.markerOf(link)), "no second marker for the link");
        }
        try (Project viaFile = files.open(real)) {
            assertEquals(real.toRealPath(), viaFile.file());
            assertTrue(Files.exists(ProjectLock.markerOf(real)));
        }
    }

    @Test
    void aRealVersionOneFileOpensWithTheReleasedSchemaAndExportsItsStoryUnchanged() throws Exception {
        Path file = v1Copy();

        try (Project project = new H2ProjectFiles().open(file)) {
            assertEquals(resource(V1_STORY), new StoryExports().export(project, 1, ExportFormat.JSON));
        }
    }

    @Test
    void aRealVersionOneFileKeepsTheColoursItsFactsWereShownIn() throws Exception {
        Path file = v1Copy();

        try (Project project = new H2ProjectFiles().open(file)) {
            List<Fact> facts = project.stories().loadStory(1).facts();

            assertTrue(facts.size() >= 3, "the fixture has facts to colour");
            // Until version 3 a fact was shown in the colour of its id modulo 8.
            assertEquals(facts.stream().map(fact -> Math.floorMod(fact.id(), Fact.COLOURS)).toList(),
                    facts.stream().map(Fact::colour).toList());
            assertTrue(facts.stream().map(Fact::colour).distinct().count() > 1);
        }
    }

    @Test
    void anUpgradeNeverSealsADamagedFactUnderAFreshChecksum() throws Exception {
        Path file = v1Copy();
        long damaged;
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(file, true), "", "");
                Statement statement = connection.createStatement()) {
            new SchemaMigrations(SchemaMigrations.RELEASED.subList(0, 2)).upgrade(connection, 1);
            try (ResultSet first = statement.executeQuery("SELECT MIN(id) FROM fact WHERE story_id = 1")) {
                first.next();
                damaged = first.getLong(1);
            }
            // A version-2 file whose fact text no longer matches its checksum, as a flipped byte leaves it.
            statement.execute("UPDATE fact SET body = 'Altered on the disk.' WHERE id = " + damaged);
        }

        try (Project project = new H2ProjectFiles().open(file)) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.stories().loadStory(1));

            assertTrue(damage.getMessage().contains("fact " + damaged + " does not match its checksum"),
                    damage.getMessage());
        }
        assertEquals(RELEASED, storedVersion(file));
    }

    @Test
    void aRealVersionOneFileGetsItsPassagesAsUnchangedAndNoTextVersions() throws Exception {
        Path file = v1Copy();

        try (Project project = new H2ProjectFiles().open(file)) {
            List<Excerpt> excerpts = project.stories().loadStory(1).excerpts().values().stream().toList();

            assertFalse(excerpts.isEmpty(), "the fixture cites passages");
            assertTrue(excerpts.stream().allMatch(excerpt -> excerpt.anchoring() == Anchoring.UNCHANGED));
            long sourceId = excerpts.get(0).sourceId();
            assertTrue(project.library().textVersions(sourceId).isEmpty());
            assertTrue(project.library().original(sourceId).isEmpty());
        }
    }

    @Test
    void anUpgradeNeverSealsADamagedPassageUnderAFreshChecksum() throws Exception {
        Path file = v1Copy();
        long damaged;
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(file, true), "", "");
                Statement statement = connection.createStatement()) {
            new SchemaMigrations(SchemaMigrations.RELEASED.subList(0, 3)).upgrade(connection, 1);
            try (ResultSet first = statement.executeQuery("SELECT MIN(excerpt_id) FROM citation")) {
                first.next();
                damaged = first.getLong(1);
            }
            // A version-3 file whose passage no longer matches its checksum, as a flipped byte leaves it.
            statement.execute("UPDATE excerpt SET quote = 'Altered on the disk.' WHERE id = " + damaged);
        }

        try (Project project = new H2ProjectFiles().open(file)) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.stories().loadStory(1));

            assertTrue(damage.getMessage().contains("does not match its checksum"), damage.getMessage());
        }
        assertEquals(RELEASED, storedVersion(file));
    }

    @Test
    void aFailedUpgradeOfARealVersionOneFileLeavesItByteForByte() throws Exception {
        Path file = v1Copy();
        byte[] original = Files.readAllBytes(file);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> new H2ProjectFiles(WITH_FAILING_NEXT).open(file));

        assertEquals(Problem.UPGRADE_FAILED, error.problem());
        assertTrue(error.getMessage().startsWith("tidewater.mv.db could not be upgraded from project format 1 to " + NEXT + " ("),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("The file has been left exactly as it was."), error.getMessage());
        assertFalse(error.getMessage().contains("SQL statement"), error.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file), "the original was changed");
        assertEquals(List.of("tidewater.mv.db"), visibleFiles(), "no backup and no work file are left");
        assertFalse(Files.exists(ProjectLock.markerOf(file)), "the lock marker was released");
        try (Project project = new H2ProjectFiles().open(file)) {
            assertEquals(resource(V1_STORY), new StoryExports().export(project, 1, ExportFormat.JSON));
        }
    }

    @Test
    void aFailedUpgradeCanBeRetriedOnceTheStepIsFixed() throws Exception {
        Path file = folder.resolve("retry.mv.db");
        try (Project project = new H2ProjectFiles().openOrCreate(file)) {
            project.stories().createStory("Pier repairs begin", "", HouseStyle.DEFAULT);
        }
        assertThrows(ProjectFileException.class, () -> new H2ProjectFiles(WITH_FAILING_NEXT).open(file));

        try (Project project = new H2ProjectFiles(WITH_HARMLESS_NEXT).open(file)) {
            assertEquals("Pier repairs begin", project.stories().stories().get(0).title());
        }
        assertEquals(NEXT, storedVersion(file));
    }

    @Test
    void aWorkFileLeftByAKilledUpgradeIsReplacedByTheNextAttempt() throws Exception {
        Path file = v1Copy();
        Path leftover = SiblingFiles.workFile(file, ProjectUpgrade.WORK_PURPOSE);
        Files.writeString(leftover, "half a copy, cut short by a kill");

        try (Project project = new H2ProjectFiles(WITH_HARMLESS_NEXT).open(file)) {
            assertEquals(1, project.stories().stories().size());
        }
        assertFalse(Files.exists(leftover));
    }

    @Test
    void anExistingBackupIsNeverOverwritten() throws Exception {
        Path file = v1Copy();
        Path earlier = folder.resolve("tidewater.mv.db.v1-backup");
        Files.writeString(earlier, "a backup from an earlier upgrade");

        new H2ProjectFiles(WITH_HARMLESS_NEXT).open(file).close();

        assertEquals("a backup from an earlier upgrade", Files.readString(earlier));
        assertTrue(Files.exists(folder.resolve("tidewater.mv.db.v1-backup-2")));
    }

    /** A read-only older file is refused before any copy is made; skipped as root, where permissions do not bite. */
    @Test
    void aReadOnlyOlderFileIsRefusedWithAPlainMessage() throws Exception {
        Path file = v1Copy();
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(file),
                "running as root: permissions do not stop writes");
        byte[] original = Files.readAllBytes(file);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> new H2ProjectFiles(WITH_HARMLESS_NEXT).open(file));

        assertTrue(error.getMessage().startsWith("tidewater.mv.db is read-only, and this version of Factdesk must "
                + "upgrade it"), error.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    private Path v1Copy() throws IOException {
        Path file = folder.resolve("tidewater.mv.db");
        try (InputStream in = ProjectUpgradeTest.class.getResourceAsStream(V1_FILE)) {
            Files.copy(in, file);
        }
        return file;
    }

    /**
     * Every file in the folder but H2's trace log: under the tests' {@code -ea}, H2 2.4.240 logs an assertion of
     * its close-time compaction there now and then, on any file, upgraded or not.
     */
    private List<String> visibleFiles() throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.map(path -> path.getFileName().toString()).filter(name -> !name.endsWith(".trace.db"))
                    .sorted().toList();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ProjectUpgradeTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int storedVersion(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(file, true))) {
            return SchemaMigrations.storedVersion(connection);
        }
    }
}
