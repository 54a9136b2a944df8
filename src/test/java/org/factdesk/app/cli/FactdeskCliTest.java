package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.logic.export.ExportFormat;
import org.factdesk.logic.export.StoryExports;
import org.factdesk.model.Project;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FactdeskCliTest {

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
    void importCreatesTheProjectAndPrintsTheNewStoryIdOnTheLastLine() {
        CliRun first = CliRun.of("import", project.toString(), storyJson.toString());
        CliRun second = CliRun.of("import", project.toString(), storyJson.toString());

        assertEquals(0, first.status(), first.err());
        assertTrue(Files.isRegularFile(project));
        assertEquals("", first.err());
        long firstId = Long.parseLong(first.lastOutLine());
        assertEquals(firstId + 1, Long.parseLong(second.lastOutLine()));
    }

    @Test
    void importAddsTheSuffixWhenTheProjectNameLacksIt() {
        CliRun run = CliRun.of("import", folder.resolve("newsroom").toString(), storyJson.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(folder.resolve("newsroom.mv.db")));
    }

    @Test
    void listShowsStoriesWithTheirFactCountsAndSourcesWithTheirDates() {
        long id = importStory();

        CliRun run = CliRun.of("list", project.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.outLines().stream().anyMatch(line -> line.matches(
                "\\s*" + id + "\\s+Brenmoor council votes to sell the lighthouse cottages\\s+3")), run.out());
        assertTrue(run.out().contains("Brenmoor Tide"), run.out());
        assertTrue(run.out().contains("Cottages go on the market"), run.out());
        assertTrue(run.out().contains("2032-09-13"), run.out());
        assertTrue(run.out().contains("Gull Point Radio"), run.out());
    }

    @Test
    void listAlignsEachTableInColumns() {
        importStory();

        CliRun run = CliRun.of("list", project.toString());

        String header = run.outLines().stream().filter(line -> line.contains("OUTLET")).findFirst().orElseThrow();
        int titleColumn = header.indexOf("TITLE");
        run.outLines().stream().filter(line -> line.contains("Gull Point Radio") || line.contains("Brenmoor Tide"))
                .forEach(line -> assertTrue(line.substring(titleColumn).startsWith("Cottages")
                        || line.substring(titleColumn).startsWith("Heritage"), line));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportToStandardOutputIsWhatStoryExportsGives(ExportFormat format) throws Exception {
        long id = importStory();

        CliRun run = CliRun.of("export", project.toString(), "--story", String.valueOf(id), "--format",
                format.cliName());

        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertEquals(expectedExport(id, format), run.out());
        assertTrue(run.out().contains("Brenmoor council votes to sell the lighthouse cottages"));
        assertTrue(run.out().contains("keepers’ cottages"), "UTF-8 survives: " + run.out());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportToAFileWritesUtf8AndNothingToStandardOutput(ExportFormat format) throws Exception {
        long id = importStory();
        Path out = folder.resolve("story." + format.extension());

        CliRun run = CliRun.of("export", project.toString(), "--story", String.valueOf(id), "--format",
                format.cliName(), "--out", out.toString());

        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(run.errLines().size() <= 1, run.err());
        assertEquals(expectedExport(id, format), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void exportsCarryTheHouseFormatMarksAndSourcesLine() {
        long id = importStory();

        String text = CliRun.of("export", project.toString(), "--story", String.valueOf(id), "--format", "text")
                .out();
        String html = CliRun.of("export", project.toString(), "--story", String.valueOf(id), "--format", "html")
                .out();
        String json = CliRun.of("export", project.toString(), "--story", String.valueOf(id), "--format", "json")
                .out();

        assertTrue(text.contains("- The council voted seven to four to sell the three cottages.1\n"), text);
        assertTrue(text.contains("Sources: 1Brenmoor Tide, 2Gull Point Radio, and 3Coastline Ledger."), text);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("id=\"source-3\""), html);
        assertTrue(json.contains("\"format\": \"factdesk.story\""), json);
    }

    @Test
    void exportedJsonImportsAgainAsTheSameStory() {
        long id = importStory();
        Path json = folder.resolve("again.json");
        CliRun.of("export", project.toString(), "--story", String.valueOf(id), "--format", "json", "--out",
                json.toString());

        CliRun again = CliRun.of("import", project.toString(), json.toString());

        assertEquals(0, again.status(), again.err());
        String first = CliRun.of("export", project.toString(), "--story", String.valueOf(id), "--format", "text")
                .out();
        String second = CliRun.of("export", project.toString(), "--story", again.lastOutLine(), "--format", "text")
                .out();
        assertEquals(first, second);
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.status());
        for (String command : new String[] {"import", "export", "list", "recover"}) {
            assertTrue(run.out().contains("  " + command + " "), command + " in " + run.out());
        }
        assertEquals("", run.err());
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.status());
        assertTrue(run.out().strip().matches("factdesk \\d+\\.\\d+\\.\\d+.*"), run.out());
    }

    @Test
    void unknownOptionIsAUsageErrorWithAShortMessage() {
        CliRun run = CliRun.of("list", project.toString(), "--colour");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("--colour"), run.err());
        assertTrue(run.errLines().size() <= 6, run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void benchIsNotAProductCommand() {
        CliRun run = CliRun.of("bench", "--runs", "0");

        assertEquals(2, run.status(), run.err());
        assertTrue(run.errLines().get(0).startsWith("factdesk: Unmatched argument"), run.err());
        assertEquals("", run.out());
    }

    private long importStory() {
        CliRun run = CliRun.of("import", project.toString(), storyJson.toString());
        assertEquals(0, run.status(), run.err());
        return Long.parseLong(run.lastOutLine());
    }

    private String expectedExport(long id, ExportFormat format) throws Exception {
        try (Project open = new H2ProjectFiles().open(project)) {
            return new StoryExports().export(open, id, format);
        }
    }
}
