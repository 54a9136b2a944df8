package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.factdesk.model.Project;
import org.factdesk.model.SourceDraft;
import org.factdesk.store.SecondProcess;
import org.factdesk.store.StoredBytes;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake a user can make ends in a non-zero status and one plain line on stderr, never a stack trace. */
class UserErrorsTest {

    @TempDir
    Path folder;

    private Path project;
    private Path storyJson;

    @BeforeEach
    void writeStoryFile() throws IOException {
        project = folder.resolve("desk.mv.db");
        storyJson = CliRun.storyFixtureIn(folder);
    }

    @Test
    void missingStoryFile() {
        CliRun run = CliRun.of("import", project.toString(), folder.resolve("absent.json").toString());

        assertOneLineError(run, "absent.json: no such file");
        assertFalse(Files.exists(project), "a bad import creates no project");
    }

    @Test
    void storyFileThatIsNotJson() throws IOException {
        Files.writeString(storyJson, "{\"format\": \"factdesk.story\",\n  \"version\": 1,,\n}");

        assertOneLineError(CliRun.of("import", project.toString(), storyJson.toString()), "lighthouse-sale.json: ");
    }

    @Test
    void quoteThatIsNotInItsSourceNamesThePlaceInTheFile() throws IOException {
        String json = Files.readString(storyJson).replace("\"Two have been empty since the lighthouse was automated.\"",
                "\"The cottages were built in a single summer.\"");
        Files.writeString(storyJson, json);

        CliRun run = CliRun.of("import", project.toString(), storyJson.toString());

        assertOneLineError(run, "factdesk: error: lighthouse-sale.json: facts[2].citations[1]: line 22, column 40: "
                + "quote not found in source ledger");
    }

    @Test
    void projectInAFolderThatDoesNotExist() {
        Path nowhere = folder.resolve("no-such-folder").resolve("desk.mv.db");

        assertOneLineError(CliRun.of("import", nowhere.toString(), storyJson.toString()), "does not exist");
    }

    @Test
    void aFileNameWithTerminalCodesIsNamedWithThoseCodesShownNotSent() {
        Path named = folder.resolve("x\u001b[31mred\u0007.mv.db");

        CliRun run = CliRun.of("list", named.toString());

        assertOneLineError(run, "There is no project file at");
        assertTrue(run.err().contains("x<U+001B>[31mred<U+0007>.mv.db"), run.err());
        assertFalse(run.err().chars().anyMatch(c -> c == 0x1b || c == 0x07), "no raw control character: " + run.err());
    }

    @Test
    void missingProjectFile() {
        assertOneLineError(CliRun.of("list", project.toString()), "There is no project file at");
    }

    @Test
    void fileThatIsNotAProject() throws IOException {
        Files.writeString(project, "Minutes of the harbour committee\n");

        assertOneLineError(CliRun.of("list", project.toString()), "is not a Factdesk project");
    }

    @Test
    void projectFromANewerFactdesk() throws Exception {
        new H2ProjectFiles().openOrCreate(project).close();
        StoredBytes.sql(project, "INSERT INTO FACTDESK_SCHEMA VALUES (99, CURRENT_TIMESTAMP)");

        assertOneLineError(CliRun.of("list", project.toString()), "newer version of Factdesk");
    }

    @Test
    void damagedProjectFile() throws Exception {
        try (Project open = new H2ProjectFiles().openOrCreate(project)) {
            for (int i = 0; i < 20; i++) {
                open.library().addSource(new SourceDraft("Outlet " + i, "Title", "", "", null, "",
                        "Some text of source " + i + ".", "test"));
            }
        }
        byte[] bytes = Files.readAllBytes(project);
        Random noise = new Random(11);
        for (int i = 8192; i < bytes.length; i++) {
            bytes[i] = (byte) noise.nextInt();
        }
        Files.write(project, bytes);

        assertOneLineError(CliRun.of("list", project.toString()), "is damaged");
    }

    @Test
    void projectOpenInAnotherProcess() throws Exception {
        new H2ProjectFiles().openOrCreate(project).close();
        try (SecondProcess holder = SecondProcess.start("hold", project)) {
            assertEquals("open", holder.nextLine());

            assertOneLineError(CliRun.of("list", project.toString()), "is open in another Factdesk window");
        }
    }

    @Test
    void unknownStory() {
        importStory();

        assertOneLineError(CliRun.of("export", project.toString(), "--story", "404", "--format", "html"),
                "has no story with id 404");
    }

    @Test
    void outputInAFolderThatDoesNotExist() {
        long id = importStory();
        Path out = folder.resolve("missing").resolve("story.html");

        assertOneLineError(CliRun.of("export", project.toString(), "--story", String.valueOf(id), "--format",
                "html", "--out", out.toString()), "cannot write");
    }

    @Test
    void outputThatIsAFolder() {
        long id = importStory();

        assertOneLineError(CliRun.of("export", project.toString(), "--story", String.valueOf(id), "--format", "md",
                "--out", folder.toString()), "cannot write");
    }

    @Test
    void debugAddsTheStackTraceForTheSameError() {
        CliRun run = CliRun.of("list", project.toString(), "--debug");

        assertNotEquals(0, run.status());
        assertTrue(run.errLines().get(0).startsWith("factdesk: error: There is no project file at"), run.err());
        assertTrue(run.err().contains("at org.factdesk."), run.err());
    }

    private long importStory() {
        CliRun run = CliRun.of("import", project.toString(), storyJson.toString());
        assertEquals(0, run.status(), run.err());
        return Long.parseLong(run.lastOutLine());
    }

    private static void assertOneLineError(CliRun run, String expected) {
        assertNotEquals(0, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("factdesk: error: "), line);
        assertTrue(line.contains(expected), line);
        assertFalse(line.contains("Exception"), line);
        assertFalse(line.contains("at org."), line);
        assertEquals("", run.out());
    }
}
