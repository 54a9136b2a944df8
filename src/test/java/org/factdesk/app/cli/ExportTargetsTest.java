package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.factdesk.logic.export.SpecialFiles;
import org.factdesk.store.SecondProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code export --out} may write: never over a project (this one, another, one behind a link or a {@code ..}
 * path, one another process has open), never a folder, a read-only file or an empty path; into a FIFO or a device
 * as a stream.
 */
class ExportTargetsTest {

    @TempDir
    Path folder;

    private Path project;
    private String storyId;

    @BeforeEach
    void importStory() throws IOException {
        project = folder.resolve("desk.mv.db");
        CliRun run = CliRun.of("import", project.toString(), CliRun.storyFixtureIn(folder).toString());
        assertEquals(0, run.status(), run.err());
        storyId = run.lastOutLine();
    }

    @Test
    void exportRefusesItsOwnProjectAsTarget() throws Exception {
        assertRefused(exportTo(project.toString()), "it is the project being exported");

        // Its bytes change (H2 tidies the file on close), so ask the project itself that it is whole.
        CliRun list = CliRun.of("list", project.toString());
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().contains("Brenmoor council votes to sell"), list.out());
    }

    @Test
    void exportRefusesAnotherProjectAsTarget() throws Exception {
        Path other = anotherProject("archive.mv.db");
        byte[] before = Files.readAllBytes(other);

        assertRefused(exportTo(other.toString()), "named as a Factdesk project");

        assertArrayEquals(before, Files.readAllBytes(other));
    }

    @Test
    void exportRefusesADotDotPathToAProject() throws Exception {
        Path other = anotherProject("archive.mv.db");
        Files.createDirectory(folder.resolve("drafts"));

        assertRefused(exportTo(folder.resolve("drafts").resolve("..").resolve("archive.mv.db").toString()),
                "named as a Factdesk project");

        assertEquals(0, CliRun.of("list", other.toString()).status());
    }

    @Test
    void exportRefusesALinkToAProject() throws Exception {
        Path other = anotherProject("archive.mv.db");
        Path link = Files.createSymbolicLink(folder.resolve("story.html"), other.getFileName());

        assertRefused(exportTo(link.toString()), "leads to " + other.toRealPath());

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(0, CliRun.of("list", other.toString()).status());
    }

    @Test
    void exportRefusesAProjectFileUnderAnotherName() throws Exception {
        Path renamed = Files.copy(anotherProject("archive.mv.db"), folder.resolve("archive.html"));
        byte[] before = Files.readAllBytes(renamed);

        assertRefused(exportTo(renamed.toString()), "is a project database");

        assertArrayEquals(before, Files.readAllBytes(renamed));
    }

    @Test
    void exportRefusesAProjectThatAnotherProcessHoldsOpen() throws Exception {
        Path other = anotherProject("held.mv.db");
        try (SecondProcess holder = SecondProcess.start("hold", other)) {
            assertEquals("open", holder.nextLine());

            assertRefused(exportTo(other.toString()), "open in another Factdesk window or program");
        }
        assertEquals(0, CliRun.of("list", other.toString()).status(), "the held project is still a project");
    }

    @Test
    void exportRefusesAReadOnlyFileInOneLineAndLeavesIt() throws Exception {
        Path page = Files.writeString(folder.resolve("story.txt"), "the editor's final text");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("r--r--r--"));

        CliRun run = exportTo(page.toString());

        assertEquals(List.of("factdesk: error: cannot write " + page + ": it is read-only, so Factdesk leaves it as "
                + "it is; make it writable or choose another file"), run.errLines());
        assertEquals(1, run.status());
        assertEquals("the editor's final text", Files.readString(page));
    }

    @Test
    void exportIntoAReadOnlyFolderNamesTheFolderAsTheProblem() throws Exception {
        Path web = Files.createDirectory(folder.resolve("web"));
        Path page = Files.writeString(web.resolve("story.txt"), "last week's text");
        Files.setPosixFilePermissions(web, PosixFilePermissions.fromString("r-xr-xr-x"));
        CliRun run;
        try {
            run = exportTo(page.toString());
        } finally {
            Files.setPosixFilePermissions(web, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        assertRefused(run, "cannot write in the folder " + web + ": permission denied");
        assertEquals("last week's text", Files.readString(page));
    }

    @Test
    void exportToTheRootFolderIsAFolderErrorNotAnInternalOne() {
        CliRun run = exportTo("/");

        assertRefused(run, "cannot write /: it is a folder");
    }

    /** An empty path resolves to the current folder; the editor is told what she typed, not about a folder. */
    @Test
    void exportWithAnEmptyOutPathSaysThePathIsEmpty() {
        CliRun run = exportTo("");

        assertEquals(List.of("factdesk: error: the --out path is empty: name the file to write, such as story.html, "
                + "or leave out --out to write to standard output."), run.errLines());
        assertEquals(1, run.status());
        assertEquals("", run.out());
    }

    @Test
    void exportWithAnOutPathOfSpacesSaysSoAndWritesNothing() throws Exception {
        CliRun run = exportTo("  ");

        assertEquals(List.of("factdesk: error: the --out path is only white space: name the file to write, such as "
                + "story.html, or leave out --out to write to standard output."), run.errLines());
        assertEquals(1, run.status());
        assertFalse(Files.exists(Path.of("  ")), "no file named by the spaces was written");
    }

    @Test
    void exportToAFifoWritesTheStoryThroughItAndLeavesTheFifo() throws Exception {
        Path fifo = SpecialFiles.fifo(folder.resolve("story.pipe"));
        CompletableFuture<String> read = SpecialFiles.drain(fifo);

        CliRun run = exportTo(fifo.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(SpecialFiles.await(read).contains("Brenmoor council votes to sell the lighthouse cottages"));
        assertTrue(SpecialFiles.isNode(fifo), "the FIFO was replaced by a file");
    }

    @Test
    void exportToDevNullSucceedsAndLeavesTheDevice() throws Exception {
        try {
            CliRun run = exportTo(SpecialFiles.DEV_NULL.toString());

            assertEquals(0, run.status(), run.err());
            assertEquals("", run.out());
        } finally {
            SpecialFiles.assertDevNullIntact();
        }
    }

    private Path anotherProject(String name) {
        Path other = folder.resolve(name);
        CliRun run = CliRun.of("import", other.toString(), folder.resolve("lighthouse-sale.json").toString());
        assertEquals(0, run.status(), run.err());
        return other;
    }

    private CliRun exportTo(String target) {
        return CliRun.of("export", project.toString(), "--story", storyId, "--format", "text", "--out", target);
    }

    private static void assertRefused(CliRun run, String expected) {
        assertEquals(1, run.status(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("factdesk: error: cannot write "), line);
        assertTrue(line.contains(expected), line);
        assertFalse(line.contains("Exception"), line);
        assertEquals("", run.out());
    }
}
