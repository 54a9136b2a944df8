package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    private static final String STORY = """
            {"format": "factdesk.story", "version": 1, "title": "Ferry cuts", "lede": "The island loses its night ferry.",
             "sources": [
               {"id": "post", "outlet": "Isle Post", "title": "Night ferry to stop",
                "text": "The night ferry will stop in March.\\nIslanders said the\\tnight ferry was their lifeline."},
               {"id": "voz", "outlet": "La Voz del Puerto", "title": "El señor del muelle", "author": "Ana Ibáñez",
                "text": "El señor Ortega habló con los pescadores."}
             ],
             "facts": [{"text": "The night ferry stops in March.", "citations": [{"source": "post"}]}]}
            """;

    @TempDir
    Path folder;

    private Path project;

    @BeforeEach
    void importTheStory() throws IOException {
        project = folder.resolve("desk.mv.db");
        Path story = folder.resolve("ferry.json");
        Files.writeString(story, STORY, StandardCharsets.UTF_8);
        CliRun imported = CliRun.of("import", project.toString(), story.toString());
        assertEquals(0, imported.status(), imported.err());
    }

    private long idOf(String outlet) {
        CliRun list = CliRun.of("list", project.toString());
        return list.outLines().stream().filter(line -> line.contains(outlet)).map(String::strip)
                .map(line -> Long.parseLong(line.substring(0, line.indexOf(' ')))).findFirst().orElseThrow();
    }

    @Test
    void searchPrintsOneLinePerHitWithTheSourceTheOffsetAndTheSnippet() {
        long post = idOf("Isle Post");

        CliRun run = CliRun.of("search", project.toString(), "\"NIGHT FERRY\"");

        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        String text = "The night ferry will stop in March.\nIslanders said the\tnight ferry was their lifeline.";
        assertEquals(List.of(
                post + "\ttitle\tNight ferry to stop",
                post + "\t4\t" + text.replace('\n', ' ').replace('\t', ' '),
                post + "\t" + text.lastIndexOf("night ferry") + "\t" + text.replace('\n', ' ').replace('\t', ' ')),
                run.outLines());
    }

    @Test
    void searchIgnoresAccentsAndMatchesMetadata() {
        long voz = idOf("La Voz");

        CliRun run = CliRun.of("search", project.toString(), "senor", "ibanez");

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(voz + "\ttitle\tEl señor del muelle", voz + "\tauthor\tAna Ibáñez",
                voz + "\t3\tEl señor Ortega habló con los pescadores."), run.outLines());
    }

    @Test
    void searchWithoutHitsPrintsNothingAndSucceeds() {
        CliRun run = CliRun.of("search", project.toString(), "lighthouse");

        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals("", run.err());
    }

    @Test
    void anEmptyQueryIsAUserError() {
        CliRun run = CliRun.of("search", project.toString(), " ");

        assertEquals(1, run.status());
        assertEquals(List.of("factdesk: error: the query is empty: give a word to look for"), run.errLines());
    }

    @Test
    void aMissingProjectIsAUserError() {
        CliRun run = CliRun.of("search", folder.resolve("none.mv.db").toString(), "ferry");

        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("factdesk: error: "), run.err());
        assertEquals(1, run.errLines().size(), run.err());
    }

    @Test
    void aMissingQueryIsAUsageError() {
        CliRun run = CliRun.of("search", project.toString());

        assertEquals(2, run.status());
    }

    @Test
    void searchLeavesTheProjectFileAsItWas() throws IOException {
        byte[] before = Files.readAllBytes(project);

        CliRun.of("search", project.toString(), "ferry");

        assertEquals(0, java.util.Arrays.compare(before, Files.readAllBytes(project)));
    }
}
