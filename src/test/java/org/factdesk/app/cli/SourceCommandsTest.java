package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `add-source` and `source`: their line formats and exit codes are contracts that scripts rely on. */
class SourceCommandsTest {

    private static final String PIER = """
            Pier repairs start in May

            The harbour board will close the north pier for six weeks from May while divers replace the timber \
            piles that storms loosened last winter.

            Fishing boats will tie up at the ferry quay meanwhile, the board said on Monday.""";

    @TempDir
    Path folder;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path project() {
        return folder.resolve("desk.mv.db");
    }

    private static List<String> lines(String out) {
        return out.lines().toList();
    }

    @Test
    void addSourcePrintsALinePerFileAndExitsOneWhenAnyFailed() throws Exception {
        Path pier = file("pier.txt", PIER);
        Path empty = file("empty.txt", "\n\n");
        Path missing = folder.resolve("gone.txt");

        CliRun run = CliRun.of("add-source", project().toString(), pier.toString(), empty.toString(),
                missing.toString());

        assertEquals(1, run.status(), run.err());
        List<String> lines = lines(run.out());
        assertEquals(3, lines.size(), run.out());
        String[] added = lines.get(0).split("\t", -1);
        assertEquals(List.of(pier.toString(), "1", "pier", "Pier repairs start in May"),
                List.of(added).subList(0, 4));
        assertEquals(5, added.length);
        assertTrue(Integer.parseInt(added[4]) > 100, lines.get(0));
        assertEquals(empty + "\terror\tempty.txt holds no text.", lines.get(1));
        assertEquals(missing + "\terror\tthere is no such file", lines.get(2));
    }

    @Test
    void aLinkToADeviceAmongTheFilesIsOneErrorLineAndTheFilesAfterItAreStillAdded() throws Exception {
        Path endless = Files.createSymbolicLink(folder.resolve("endless.txt"), Path.of("/dev/zero"));
        Path pier = file("pier.txt", PIER);

        CliRun run = CliRun.of("add-source", project().toString(), endless.toString(), pier.toString());

        assertEquals(1, run.status(), run.err());
        List<String> lines = lines(run.out());
        assertEquals(List.of(endless + "\terror\tendless.txt is not a saved file but a device, pipe or socket, "
                + "which Factdesk does not read: save what it holds to a file and add that."), lines.subList(0, 1));
        assertTrue(lines.get(1).startsWith(pier + "\t1\tpier\t"), run.out());
    }

    @Test
    void anAddedFileIsKeptByteForByteAsTheSourcesOriginal() throws Exception {
        Path pier = file("pier.txt", PIER);
        assertEquals(0, CliRun.of("add-source", project().toString(), pier.toString()).status());

        try (org.factdesk.model.Project opened = new org.factdesk.store.H2ProjectFiles().open(project())) {
            org.factdesk.model.SourceOriginal original = opened.library().original(1).orElseThrow();
            assertEquals("pier.txt", original.fileName());
            assertEquals("text/plain", original.mediaType());
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(pier), original.bytes()));
        }
    }

    @Test
    void theSameArticleTwiceIsSkippedUnlessDuplicatesAreAllowed() throws Exception {
        Path pier = file("pier.txt", PIER);
        Path copy = file("pier-copy.md", "Share this article\n\n" + PIER + "\n\nMost read");
        assertEquals(0, CliRun.of("add-source", project().toString(), pier.toString()).status());

        CliRun skipped = CliRun.of("add-source", project().toString(), copy.toString());
        assertEquals(0, skipped.status(), skipped.err());
        assertEquals(List.of(copy + "\tduplicate of 1"), lines(skipped.out()));

        CliRun allowed = CliRun.of("add-source", project().toString(), copy.toString(), "--allow-duplicates");
        assertEquals(0, allowed.status(), allowed.err());
        assertTrue(lines(allowed.out()).get(0).startsWith(copy + "\t2\t"), allowed.out());
    }

    @Test
    void twoCopiesInOneRunAddTheFirstAndSkipTheSecond() throws Exception {
        Path pier = file("pier.txt", PIER);
        Path again = file("again.txt", PIER);

        CliRun run = CliRun.of("add-source", project().toString(), pier.toString(), again.toString());

        assertEquals(0, run.status(), run.err());
        assertEquals(again + "\tduplicate of 1", lines(run.out()).get(1));
    }

    @Test
    void sourcePrintsTheDetailsThenTheTextOrOneJsonObject() throws Exception {
        assertEquals(0, CliRun.of("add-source", project().toString(), file("pier.txt", PIER).toString()).status());

        CliRun text = CliRun.of("source", project().toString(), "1");
        assertEquals(0, text.status(), text.err());
        List<String> lines = lines(text.out());
        assertEquals(List.of("id: 1", "outlet: pier", "title: Pier repairs start in May", "author: ", "url: ",
                "published: ", "perspective: ", ""), lines.subList(0, 8));
        assertTrue(text.out().contains("Fishing boats will tie up at the ferry quay"), text.out());

        CliRun json = CliRun.of("source", project().toString(), "1", "--format", "json");
        assertEquals(0, json.status(), json.err());
        JsonNode source = new ObjectMapper().readTree(json.out());
        assertEquals(1, source.get("id").asLong());
        assertEquals("pier", source.get("outlet").asText());
        assertTrue(source.get("published").isNull());
        assertTrue(source.get("text").asText().contains("divers replace the timber piles"));
        assertEquals(List.of("id", "outlet", "title", "author", "url", "published", "perspective", "text"),
                iterableToList(source.fieldNames()));
    }

    @Test
    void aSourceThatIsNotThereIsOneLineAndExitOne() throws Exception {
        assertEquals(0, CliRun.of("add-source", project().toString(), file("pier.txt", PIER).toString()).status());

        CliRun run = CliRun.of("source", project().toString(), "9");

        assertEquals(1, run.status());
        assertEquals("factdesk: error: desk.mv.db has no source 9: `factdesk list " + project()
                + "` shows its sources.", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void aWrongFormatIsAUsageError() {
        assertEquals(2, CliRun.of("source", project().toString(), "1", "--format", "xml").status());
        assertEquals(2, CliRun.of("add-source", project().toString()).status(), "at least one file is needed");
    }

    private static List<String> iterableToList(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
