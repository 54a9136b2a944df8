package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ProjectFilesTest {

    @TempDir
    Path folder;

    private final H2ProjectFiles files = new H2ProjectFiles();

    @Test
    void createsAProjectFileWithTheSuffixAddedAndTheCurrentSchema() throws Exception {
        try (Project project = files.openOrCreate(folder.resolve("harbour"))) {
            assertEquals(folder.resolve("harbour.mv.db"), project.file());
            assertTrue(project.stories().stories().isEmpty());
        }
        assertEquals(SchemaMigrations.RELEASED.size(), storedVersion(folder.resolve("harbour.mv.db")));
    }

    @Test
    void aLinkThatLeadsNowhereIsNamedAsSuchAndLeftInPlace() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("dangling.mv.db"), folder.resolve("gone.mv.db"));

        ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.openOrCreate(link));

        assertEquals("Cannot create " + link + ": it is a link to " + folder.resolve("gone.mv.db") + ", which does "
                + "not exist. Remove the link or name another file.", error.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.exists(folder.resolve("gone.mv.db")));
    }

    @Test
    void createNewNeverOpensAFileThatIsAlreadyThere() throws Exception {
        Path file = folder.resolve("taken.mv.db");
        files.openOrCreate(file).close();
        byte[] before = Files.readAllBytes(file);

        ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.createNew(file));

        assertTrue(error.getMessage().startsWith(file + " already exists"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void reopenedProjectShowsWhatWasWritten() throws Exception {
        Path file = folder.resolve("bridge.mv.db");
        try (Project project = files.openOrCreate(file)) {
            project.stories().createStory("Bridge closes", "The span shuts for repairs.", new HouseStyle(false));
            project.library().addSource(draft("Harbour Herald"));
        }
        try (Project project = files.open(file)) {
            Story story = project.stories().stories().get(0);
            assertEquals("Bridge closes", story.title());
            assertEquals(new HouseStyle(false), story.style());
            assertEquals("Harbour Herald", project.library().sources().get(0).outlet());
        }
    }

    @Test
    void missingFileIsReportedWithoutCreatingOne() {
        Path file = folder.resolve("nowhere.mv.db");
        ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.open(file));
        assertEquals(Problem.NOT_FOUND, error.problem());
        assertTrue(Files.notExists(file));
    }

    @Test
    void foreignFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("notes.mv.db");
        Files.writeString(file, "Shopping list: bread, milk\n");
        assertRefusedUntouched(file, Problem.NOT_A_PROJECT, "is not a Factdesk project");
    }

    @Test
    void emptyFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("empty.mv.db");
        Files.createFile(file);
        assertRefusedUntouched(file, Problem.NOT_A_PROJECT, "The file is empty");
    }

    @Test
    void fileWithoutTheProjectSuffixIsRefused() throws Exception {
        Path file = folder.resolve("story.txt");
        Files.writeString(file, "hello");
        assertRefusedUntouched(file, Problem.NOT_A_PROJECT, "end in .mv.db");
    }

    @Test
    void otherH2DatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("inventory.mv.db");
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(file, false));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE crates (id INT)");
        }
        assertRefusedUntouched(file, Problem.NOT_A_PROJECT, "not one written by Factdesk");
    }

    @Test
    void damagedFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("damaged.mv.db");
        try (Project project = files.openOrCreate(file)) {
            for (int i = 0; i < 20; i++) {
                project.library().addSource(draft("Outlet " + i));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        Random noise = new Random(7);
        for (int i = 8192; i < bytes.length; i++) {
            bytes[i] = (byte) noise.nextInt();
        }
        Files.write(file, bytes);
        assertRefusedUntouched(file, Problem.DAMAGED, "is damaged");
    }

    @Test
    void fileFromANewerFactdeskIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("future.mv.db");
        files.openOrCreate(file).close();
        StoredBytes.sql(file, "INSERT INTO FACTDESK_SCHEMA VALUES (99, CURRENT_TIMESTAMP)");
        assertRefusedUntouched(file, Problem.NEWER_VERSION, "newer version of Factdesk (project format 99");
    }

    @Test
    void fileOpenInAnotherProcessIsReportedAsInUse() throws Exception {
        Path file = folder.resolve("shared.mv.db");
        files.openOrCreate(file).close();
        try (SecondProcess other = SecondProcess.start("hold", file)) {
            assertEquals("open", other.nextLine());
            ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.open(file));
            assertEquals(Problem.IN_USE, error.problem());
            assertTrue(error.getMessage().contains("open in another Factdesk window"), error.getMessage());
        }
    }

    @Test
    void readingThroughALinkFindsTheMarkerOfAProcessThatOpenedTheFileItself() throws Exception {
        Path file = folder.resolve("shared.mv.db");
        files.openOrCreate(file).close();
        Path link = Files.createSymbolicLink(folder.resolve("latest.mv.db"), file.getFileName());
        // After its peek, the holder has no H2 lock on the file left: only its marker beside the file tells.
        try (SecondProcess other = SecondProcess.start("hold-after-peek", file)) {
            assertEquals("open", other.nextLine());

            ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.openForReading(link));

            assertEquals(Problem.IN_USE, error.problem());
        }
        assertFalse(Files.exists(ProjectLock.markerOf(link)), "no marker was left beside the link");
    }

    @Test
    void fileStaysInUseAfterItsOwnerPeeksAtIt() throws Exception {
        Path file = folder.resolve("peeked.mv.db");
        files.openOrCreate(file).close();
        try (SecondProcess other = SecondProcess.start("hold-after-peek", file)) {
            assertEquals("open", other.nextLine());
            ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.open(file));
            assertEquals(Problem.IN_USE, error.problem());
        }
    }

    @Test
    void aLockLeftByACrashedProcessDoesNotKeepTheFileClosed() throws Exception {
        Path file = folder.resolve("crashed.mv.db");
        Path marker = ProjectLock.markerOf(file);
        files.openOrCreate(file).close();
        long crashed;
        try (SecondProcess other = SecondProcess.start("hold", file)) {
            assertEquals("open", other.nextLine());
            crashed = other.pid();
            assertEquals(SecondProcess.KILLED, other.kill(), "the holder died of our SIGKILL, not of something else");
        }
        assertTrue(Files.readString(marker).contains("pid=" + crashed + "\n"), "the crash left its marker behind");
        try (Project project = files.open(file)) {
            assertTrue(project.stories().stories().isEmpty());
            assertTrue(Files.readString(marker).contains("pid=" + ProcessHandle.current().pid() + "\n"),
                    "the stale marker was taken over");
        }
    }

    @Test
    void theSameProjectOpenedTwiceInOneProcessStaysLockedUntilBothClose() throws Exception {
        Path file = folder.resolve("twice.mv.db");
        Project first = files.openOrCreate(file);
        Project second = files.open(file);
        first.close();
        try (SecondProcess other = SecondProcess.start("hold", file)) {
            assertEquals("refused IN_USE", other.nextLine(), "the other process was refused because we hold it");
            assertEquals(ProjectFileHolder.REFUSED, other.exitStatus());
        }
        second.close();
        try (SecondProcess other = SecondProcess.start("hold", file)) {
            assertEquals("open", other.nextLine(), "once both are closed, another process may open it");
        }
    }

    @Test
    void closingFromTwoThreadsAtOnceClosesOnceAndReleasesTheMarker() throws Exception {
        Path file = folder.resolve("twoclosers.mv.db");
        Project project = files.openOrCreate(file);
        // The workstation's stop() and the exit hook may both close the project; neither may fail or wait forever.
        Thread hook = new Thread(project::close);
        hook.start();
        project.close();
        hook.join(10_000);
        assertTrue(!hook.isAlive(), "the second close did not hang");
        project.close();
        assertTrue(Files.notExists(ProjectLock.markerOf(file)));
        files.open(file).close();
    }

    @Test
    void olderSchemaIsUpgradedAndKeepsItsData() throws Exception {
        Path file = folder.resolve("old.mv.db");
        try (Project project = files.openOrCreate(file)) {
            project.stories().createStory("Ferry strike", "", HouseStyle.DEFAULT);
        }
        int released = SchemaMigrations.RELEASED.size();
        List<SchemaMigrations.Migration> newer = new java.util.ArrayList<>(SchemaMigrations.RELEASED);
        newer.add(new SchemaMigrations.Migration(released + 1,
                "/org/factdesk/store/test-migrations/Next__story_notes.sql"));
        try (Project project = new H2ProjectFiles(newer).open(file)) {
            assertEquals("Ferry strike", project.stories().stories().get(0).title());
        }
        assertEquals(released + 1, storedVersion(file));
        assertEquals(0, columnCount(file, "STORY", "NOTES") - 1, "the upgrade added the new column");
        ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.open(file));
        assertEquals(Problem.NEWER_VERSION, error.problem());
    }

    @Test
    void savedCopyOpensWithTheSameContent() throws Exception {
        Path copy = folder.resolve("copy.mv.db");
        try (Project project = files.openOrCreate(folder.resolve("original.mv.db"))) {
            project.stories().createStory("Tram line reopens", "After six weeks.", HouseStyle.DEFAULT);
            files.saveCopy(project, copy);
            project.stories().createStory("Written after the copy", "", HouseStyle.DEFAULT);
        }
        try (Project project = files.open(copy)) {
            assertEquals(List.of("Tram line reopens"),
                    project.stories().stories().stream().map(Story::title).toList());
        }
    }

    @Test
    void aCopyIsWrittenApartAndOnlyThenGivenItsNameSoNoWorkFileIsLeft() throws Exception {
        Path copy = folder.resolve("copy.mv.db");
        Path leftover = SiblingFiles.workFile(copy, "copying");
        Files.writeString(leftover, "half a copy, cut short by a kill");
        try (Project project = files.openOrCreate(folder.resolve("original.mv.db"))) {
            files.saveCopy(project, copy);
        }

        assertFalse(Files.exists(leftover), "the work file is gone");
        try (Project project = files.open(copy)) {
            assertTrue(project.stories().stories().isEmpty());
        }
    }

    @Test
    void saveCopyRefusesATargetWhosePathH2WouldReadAsSettings() throws Exception {
        Path copy = folder.resolve("copy;INIT=SELECT 1.mv.db");
        try (Project project = files.openOrCreate(folder.resolve("original.mv.db"))) {
            ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.saveCopy(project, copy));
            assertEquals(Problem.NOT_A_PROJECT, error.problem());
            assertTrue(error.getMessage().contains("its path contains ';'"), error.getMessage());
        }
        assertFalse(Files.exists(copy));
    }

    @Test
    void rawReaderRefusesAPathWhoseSemicolonWouldRunSql() throws Exception {
        Path original = folder.resolve("original.mv.db");
        files.openOrCreate(original).close();
        Path written = folder.resolve("written.txt");
        Path evil = folder.resolve("e;INIT=CALL FILE_WRITE(STRINGTOUTF8('x'), '")
                .resolve(folder.toString().substring(1)).resolve("written.txt').mv.db");
        Files.createDirectories(evil.getParent());
        Files.copy(original, evil);
        Files.copy(original, folder.resolve("e.mv.db"));

        ProjectFileException error = assertThrows(ProjectFileException.class, () -> RawStoryReader.open(evil));

        assertTrue(error.getMessage().contains("its path contains ';'"), error.getMessage());
        assertFalse(Files.exists(written));
    }

    @Test
    void killedProcessLosesNoCommittedChange() throws Exception {
        Path file = folder.resolve("crash.mv.db");
        int committed = 0;
        try (SecondProcess writer = SecondProcess.start("write", file)) {
            while (committed < 200) {
                String line = writer.nextLine();
                committed = Integer.parseInt(line.substring("committed ".length()));
            }
            writer.kill();
        }
        try (Project project = files.open(file)) {
            long storyId = project.stories().stories().get(0).id();
            int facts = project.stories().loadStory(storyId).facts().size();
            assertTrue(facts >= committed, facts + " facts on disk, but " + committed + " were committed");
        }
    }

    private void assertRefusedUntouched(Path file, Problem problem, String message) throws Exception {
        byte[] before = Files.readAllBytes(file);
        ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.open(file));
        assertEquals(problem, error.problem(), error.getMessage());
        assertTrue(error.getMessage().contains(message), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file was changed");
    }

    private static int storedVersion(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(file, true))) {
            return SchemaMigrations.storedVersion(connection);
        }
    }

    private static int columnCount(Path file, String table, String column) throws Exception {
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(file, true));
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS "
                     + "WHERE TABLE_NAME = '" + table + "' AND COLUMN_NAME = '" + column + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static SourceDraft draft(String outlet) {
        return new SourceDraft(outlet, "A headline", "A. Writer", "https://example.org/a", null, "local",
                "The council said the bridge would close on Monday.\n\nTraffic will divert.", "test");
    }
}
