package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths that name a folder or nothing: one clear line, and no file written anywhere. */
class ProjectPathErrorsTest {

    @TempDir
    Path folder;

    private Path story;

    @BeforeEach
    void writeStoryFile() throws Exception {
        story = CliRun.storyFixtureIn(folder);
    }

    @Test
    void importIntoAFolderIsRefusedAndWritesNothingBesideIt() throws Exception {
        Path desk = Files.createDirectory(folder.resolve("desk"));

        CliRun run = CliRun.of("import", desk.toString(), story.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals("factdesk: error: " + desk + " is a folder, not a project file. Name a file in it, such as "
                + desk.resolve("news.mv.db") + ".", run.err().strip());
        assertFalse(Files.exists(folder.resolve("desk.mv.db")));
    }

    @Test
    void importIntoTheCurrentFolderIsRefusedAndWritesNothingInItsParent() {
        Path here = Path.of("").toAbsolutePath();
        Path wrongPlace = here.resolveSibling(here.getFileName() + ".mv.db");
        boolean existedBefore = Files.exists(wrongPlace);

        CliRun run = CliRun.of("import", ".", story.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals("factdesk: error: " + here + " is a folder, not a project file. Name a file in it, such as "
                + here.resolve("news.mv.db") + ".", run.err().strip());
        assertEquals(existedBefore, Files.exists(wrongPlace), "nothing was written to " + wrongPlace);
    }

    @Test
    void importWithAnEmptyProjectPathIsRefused() {
        CliRun run = CliRun.of("import", "", story.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals("factdesk: error: No project file was named: the path is empty. Name a file such as "
                + "news.mv.db.", run.err().strip());
    }

    @Test
    void listOfAFolderSaysItIsAFolder() {
        CliRun run = CliRun.of("list", folder.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals("factdesk: error: " + folder + " is a folder, not a project file. Name a file in it, such as "
                + folder.resolve("news.mv.db") + ".", run.err().strip());
    }

    @Test
    void aFolderGivenAsTheStoryIsNamed() throws Exception {
        Path notes = Files.createDirectory(folder.resolve("notes"));

        CliRun run = CliRun.of("import", folder.resolve("p.mv.db").toString(), notes.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals("factdesk: error: " + notes + " is a folder, not a story JSON file.", run.err().strip());
    }
}
