package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths with characters H2 reads as URL syntax: a {@code ;} starts its settings, a {@code \} is a folder separator
 * to it. Every command refuses them in one line and touches nothing.
 */
class UrlSyntaxPathsTest {

    @TempDir
    Path folder;

    private Path story;
    private Path project;

    @BeforeEach
    void makeAProject() throws Exception {
        story = CliRun.storyFixtureIn(folder);
        project = folder.resolve("harbour.mv.db");
        assertEquals(FactdeskCli.EXIT_OK, CliRun.of("import", project.toString(), story.toString()).status());
    }

    @Test
    void listRefusesAPathWhoseSemicolonWouldRunSqlAndWritesNothing() throws Exception {
        Path pwned = folder.resolve("PWNED.txt");
        // The file name itself cannot hold the '/' of an absolute target, so the folders spell it out.
        Path evil = folder.resolve("evil;INIT=CALL FILE_WRITE(STRINGTOUTF8('owned'), '")
                .resolve(folder.toString().substring(1)).resolve("PWNED.txt').mv.db");
        Files.createDirectories(evil.getParent());
        Files.copy(project, evil);
        // H2 would open the part before ';' as the database, so give it one to open.
        Files.copy(project, folder.resolve("evil.mv.db"));
        assertEquals(folder + "/evil;INIT=CALL FILE_WRITE(STRINGTOUTF8('owned'), '" + pwned + "').mv.db",
                evil.toString());
        List<Path> before = filesIn(folder);

        CliRun run = CliRun.of("list", evil.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals(List.of("factdesk: error: Cannot use " + evil + " as a project file: its path contains ';', "
                + "and the database would read what follows it as settings. Rename the file or folder."),
                run.errLines());
        assertEquals("", run.out());
        assertFalse(Files.exists(pwned), "the INIT setting must never run");
        assertEquals(before, filesIn(folder));
    }

    @Test
    void importRefusesAnHonestNameWithASemicolon() throws Exception {
        Path semi = folder.resolve("semi;colon.mv.db");

        CliRun run = CliRun.of("import", semi.toString(), story.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals(1, run.errLines().size());
        assertTrue(run.err().contains(semi + " as a project file: its path contains ';'"), run.err());
        assertFalse(Files.exists(semi));
        assertFalse(Files.exists(folder.resolve("semi.mv.db")));
    }

    @Test
    void aSemicolonInAFolderNameIsRefusedToo() throws Exception {
        Path odd = Files.createDirectory(folder.resolve("drafts;IFEXISTS=FALSE"));

        CliRun run = CliRun.of("import", odd.resolve("p.mv.db").toString(), story.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertTrue(run.err().contains("its path contains ';'"), run.err());
        assertEquals(List.of(), filesIn(odd));
    }

    @Test
    void aBackslashIsRefusedWhereH2WouldReadItAsAFolder() throws Exception {
        Files.createDirectory(folder.resolve("back"));
        Path slashed = folder.resolve("back\\slash.mv.db");

        CliRun run = CliRun.of("import", slashed.toString(), story.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals(List.of("factdesk: error: Cannot use " + slashed + " as a project file: its path contains "
                + "'\\', and the database would read it as a folder separator. Rename the file or folder."),
                run.errLines());
        assertEquals(List.of(), filesIn(folder.resolve("back")));
        assertFalse(Files.exists(slashed));
    }

    @Test
    void exportRefusesASemicolonPath() throws Exception {
        Path evil = folder.resolve("x;TRACE_LEVEL_FILE=3.mv.db");
        Files.copy(project, evil);

        CliRun run = CliRun.of("export", evil.toString(), "--story", "1", "--format", "text");

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertTrue(run.err().contains("its path contains ';'"), run.err());
        assertFalse(Files.exists(folder.resolve("x.trace.db")));
    }

    @Test
    void recoverRefusesASemicolonInTheDamagedPathBeforeCreatingTheTarget() throws Exception {
        Path evil = folder.resolve("old;ACCESS_MODE_DATA=rw.mv.db");
        Files.copy(project, evil);
        Path target = folder.resolve("saved.mv.db");

        CliRun run = CliRun.of("recover", evil.toString(), target.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertTrue(run.err().contains(evil + " as a project file: its path contains ';'"), run.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void recoverRefusesASemicolonInTheTargetPath() {
        Path target = folder.resolve("new;INIT=RUNSCRIPT FROM 'x'.mv.db");

        CliRun run = CliRun.of("recover", project.toString(), target.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertTrue(run.err().contains(target + " as a project file: its path contains ';'"), run.err());
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(folder.resolve("new.mv.db")));
    }

    private static List<Path> filesIn(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
