package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store tells an export it must not write over, asked through {@link H2ProjectFiles}. */
class OverwriteGuardTest {

    @TempDir
    Path folder;

    private final H2ProjectFiles files = new H2ProjectFiles();
    private Path project;

    @BeforeEach
    void createProject() throws Exception {
        project = folder.resolve("gazette.mv.db");
        files.openOrCreate(project).close();
    }

    @Test
    void aProjectIsNotOverwritable() {
        assertReason(project, "is named as a Factdesk project");
    }

    @Test
    void aProjectNameIsNotOverwritableBeforeAnyFileHasIt() {
        assertReason(folder.resolve("later.mv.db"), "is named as a Factdesk project");
        assertReason(folder.resolve("LATER.MV.DB"), "is named as a Factdesk project");
    }

    @Test
    void aProjectUnderAnotherNameIsKnownByItsContent() throws Exception {
        Path renamed = Files.copy(project, folder.resolve("gazette.html"));

        assertReason(renamed, "is a project database");
    }

    @Test
    void aLinkToAProjectIsNotOverwritableAndTheMessageSaysWhereItLeads() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("story.html"), project.getFileName());

        assertReason(link, "leads to " + project.toRealPath());
    }

    @Test
    void aDotDotPathThroughALinkedFolderIsJudgedWhereItReallyLeads() throws Exception {
        // "shortcut/../gazette.html" names a file in this folder on paper, but leads to deep/gazette.html.
        Path deep = Files.createDirectories(folder.resolve("deep/inner"));
        Files.copy(project, deep.getParent().resolve("gazette.html"));
        Files.createSymbolicLink(folder.resolve("shortcut"), deep);

        assertReason(folder.resolve("shortcut/../gazette.html"), "is a project database");
    }

    @Test
    void aProjectsLockMarkerIsNotOverwritable() {
        assertReason(ProjectLock.markerOf(project), "lock marker");
    }

    @Test
    void aProjectAnotherProcessHoldsOpenIsNamedAsOpen() throws Exception {
        try (SecondProcess other = SecondProcess.start("hold", project)) {
            assertEquals("open", other.nextLine());

            assertReason(project, "open in another Factdesk window or program");
        }
    }

    @Test
    void theMarkerOfAKilledHolderIsNotTakenForAnOpenProject() throws Exception {
        try (SecondProcess other = SecondProcess.start("hold", project)) {
            assertEquals("open", other.nextLine());
            other.kill();
        }
        assertTrue(Files.exists(ProjectLock.markerOf(project)), "the killed holder left its marker");

        assertReason(project, "is named as a Factdesk project");
    }

    @Test
    void ordinaryAndMissingFilesAreOverwritable() throws Exception {
        Path page = Files.writeString(folder.resolve("story.html"), "<p>Old page</p>");

        assertEquals(Optional.empty(), files.whyNotOverwritable(page));
        assertEquals(Optional.empty(), files.whyNotOverwritable(folder.resolve("new.html")));
        assertEquals(Optional.empty(), files.whyNotOverwritable(Path.of("/")));
    }

    @Test
    void aFifoIsJudgedWithoutBeingOpened() throws Exception {
        Path fifo = folder.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, mkfifo.exitValue());

        // Opening a FIFO with no writer would block for ever.
        assertEquals(Optional.empty(), assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> files.whyNotOverwritable(fifo)));
    }

    private void assertReason(Path target, String expected) {
        Optional<String> why = files.whyNotOverwritable(target);
        assertTrue(why.isPresent(), target + " was taken as overwritable");
        assertTrue(why.get().contains(expected), why.get());
    }
}
