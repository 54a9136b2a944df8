package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Project;
import org.factdesk.model.SourceDraft;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdesk set-text}, in process, on a fictional report about a bakery strike in Lune Harbour. */
class SetTextCommandTest {

    private static final String TEXT = "Share this. Subscribe.\n\nBakers in Lune Harbour\tstruck on Monday.\n"
            + "The guild wants a shorter night shift. Ovens stayed cold until noon.";

    @TempDir
    Path folder;

    private Path project;
    private long sourceId;
    private List<Long> excerptIds;

    @BeforeEach
    void makeProject() throws Exception {
        project = folder.resolve("desk.mv.db");
        try (Project open = new H2ProjectFiles().openOrCreate(project)) {
            sourceId = open.library().addSource(new SourceDraft("Lune Post", "Bakers strike", "", "", null, "",
                    TEXT, "paste")).id();
            excerptIds = List.of(add(open, "Bakers in Lune Harbour\tstruck on Monday.\nThe guild"),
                    add(open, "The guild wants a shorter night shift."),
                    add(open, "Ovens stayed cold until noon."));
        }
    }

    @Test
    void printsEachPassagesOutcomeWithItsQuoteOnOneLine() throws Exception {
        Path corrected = write("lune.txt", TEXT.substring(TEXT.indexOf("Bakers"))
                .replace(" Ovens stayed cold until noon.", ""));

        CliRun run = CliRun.of("set-text", project.toString(), String.valueOf(sourceId), corrected.toString());

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(
                excerptIds.get(0) + "\tmoved\tBakers in Lune Harbour struck on Monday. The guild",
                excerptIds.get(1) + "\tmoved\tThe guild wants a shorter night shift.",
                excerptIds.get(2) + "\torphaned\tOvens stayed cold until noon."), run.outLines());
        assertEquals("", run.err());
        try (Project open = new H2ProjectFiles().open(project)) {
            assertEquals(Anchoring.ORPHANED, open.library().excerptsOf(sourceId).stream()
                    .filter(excerpt -> excerpt.id() == excerptIds.get(2)).findFirst().orElseThrow().anchoring());
            assertEquals(TEXT, open.library().textVersions(sourceId).get(0).text());
        }
    }

    @Test
    void anUnchangedTextLeavesEveryPassageUnchanged() throws Exception {
        CliRun run = CliRun.of("set-text", project.toString(), String.valueOf(sourceId),
                write("same.txt", TEXT).toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.outLines().stream().allMatch(line -> line.contains("\tunchanged\t")),
                run.out());
    }

    @Test
    void aCharacterThatCouldActOnATerminalIsPrintedAsItsCode() throws Exception {
        Path file = write("odd.txt", "Bakers in Lune Harbour\u202Estruck on Monday.\nThe guild wants a shorter "
                + "night shift. Ovens stayed cold until noon.");

        CliRun run = CliRun.of("set-text", project.toString(), String.valueOf(sourceId), file.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.outLines().get(0).contains("Harbour<U+202E>struck"), run.out());
    }

    @Test
    void anUnknownSourceIsAUserErrorThatChangesNothing() throws Exception {
        CliRun run = CliRun.of("set-text", project.toString(), "99", write("new.txt", "Other text.").toString());

        assertEquals(1, run.status());
        assertEquals(List.of("factdesk: error: desk.mv.db has no source with id 99; 'factdesk list " + project
                + "' shows the ids."), run.errLines());
        try (Project open = new H2ProjectFiles().open(project)) {
            assertEquals(TEXT, open.library().sourceText(sourceId));
        }
    }

    @Test
    void anEmptyFileIsRefusedByName() throws Exception {
        CliRun run = CliRun.of("set-text", project.toString(), String.valueOf(sourceId),
                write("empty.txt", "  \n").toString());

        assertEquals(1, run.status());
        assertEquals(List.of("factdesk: error: empty.txt holds no text."), run.errLines());
    }

    @Test
    void aMissingFileIsRefusedBeforeTheProjectIsOpened() {
        CliRun run = CliRun.of("set-text", folder.resolve("none.mv.db").toString(), "1",
                folder.resolve("missing.txt").toString());

        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("factdesk: error: ") && run.err().contains("missing.txt: no such file"),
                run.err());
        assertTrue(Files.notExists(folder.resolve("none.mv.db")));
    }

    @Test
    void aFolderIsRefusedAsTheTextFile() {
        CliRun run = CliRun.of("set-text", project.toString(), String.valueOf(sourceId), folder.toString());

        assertEquals(1, run.status());
        assertTrue(run.err().contains("is a folder, not a text file"), run.err());
    }

    @Test
    void aSourceIdThatIsNotANumberIsAUsageError() throws Exception {
        CliRun run = CliRun.of("set-text", project.toString(), "first", write("new.txt", "Text.").toString());

        assertEquals(2, run.status());
    }

    @Test
    void aProjectThatIsNotThereIsAUserError() throws Exception {
        CliRun run = CliRun.of("set-text", folder.resolve("none.mv.db").toString(), "1",
                write("new.txt", "Text.").toString());

        assertEquals(1, run.status());
        assertTrue(Files.notExists(folder.resolve("none.mv.db")), "set-text never creates a project");
    }

    private long add(Project open, String quote) {
        int start = TEXT.indexOf(quote);
        Excerpt excerpt = open.library().addExcerpt(ExcerptDraft.of(sourceId, TEXT, start, start + quote.length()));
        return excerpt.id();
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
