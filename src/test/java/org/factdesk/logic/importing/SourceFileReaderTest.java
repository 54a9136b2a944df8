package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.factdesk.model.SourceDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileReaderTest {

    @TempDir
    Path folder;

    private final SourceFileReader reader = new SourceFileReader();

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(charset));
    }

    @Test
    void plainTextKeepsParagraphsAndTakesItsTitleFromTheFirstLine() throws Exception {
        Path file = write("ferry.txt", "Ferry keeps winter timetable\n\nThe island ferry runs on.\nSix a day.\n",
                StandardCharsets.UTF_8);

        SourceDraft draft = reader.read(file);

        assertEquals("Ferry keeps winter timetable\n\nThe island ferry runs on.\nSix a day.", draft.text());
        assertEquals("Ferry keeps winter timetable", draft.title());
        assertEquals("ferry", draft.outlet());
        assertEquals("ferry.txt", draft.importedFrom());
    }

    @Test
    void windowsAndOldMacLineEndingsBecomeNewlines() throws Exception {
        Path file = write("notes.txt", "One\r\nTwo\rThree\r\n\r\nFour", StandardCharsets.UTF_8);

        assertEquals("One\nTwo\nThree\n\nFour", reader.read(file).text());
    }

    @Test
    void threeOrMoreBlankLinesCollapseToOne() throws Exception {
        Path file = write("notes.md", "# Quay\n\n\n\n\nFirst.\n\n \n\t\n\nSecond.\n\nThird.", StandardCharsets.UTF_8);

        SourceDraft draft = reader.read(file);

        assertEquals("# Quay\n\nFirst.\n\nSecond.\n\nThird.", draft.text());
        assertEquals("Quay", draft.title(), "a Markdown heading mark is not part of the title");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252() throws Exception {
        Path file = write("legacy.txt", "Caf\u00e9 owners \u201cwelcome\u201d the ferry", Charset.forName("windows-1252"));

        assertEquals("Caf\u00e9 owners \u201cwelcome\u201d the ferry", reader.read(file).text());
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheText() throws Exception {
        Path file = write("bom.txt", "\uFEFFQuay market", StandardCharsets.UTF_8);

        assertEquals("Quay market", reader.read(file).text());
    }

    @Test
    void aFileWithOnlyWhitespaceIsRefusedByName() throws Exception {
        Path file = write("notes.txt", " \n\n\t\n", StandardCharsets.UTF_8);

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(file));
        assertEquals("notes.txt holds no text.", refused.getMessage());
    }

    @Test
    void anHtmlPageWithoutTextIsRefused() throws Exception {
        Path file = write("empty.html", "<html><head><title>T</title><script>x()</script></head><body>"
                + "<nav>Home</nav></body></html>", StandardCharsets.UTF_8);

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(file));
        assertEquals("empty.html holds no text.", refused.getMessage());
    }

    @Test
    void filesOver50MegabytesAreRefused() throws Exception {
        Path file = folder.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SourceFileReader.MAX_BYTES + 1);
        }

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(file));
        assertEquals("huge.txt is larger than 50 MB, too large to import as a source.", refused.getMessage());
    }

    @Test
    void otherKindsOfFileAreRefusedByName() throws Exception {
        Path file = write("figures.xlsx", "PK", StandardCharsets.US_ASCII);

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(file));
        assertEquals("figures.xlsx is not a text, Markdown, HTML, e-mail (.eml), PDF or Word (.docx) file.",
                refused.getMessage());
    }

    @Test
    void pdfAndWordFilesAreReadByTheirOwnReaders() throws Exception {
        Path pdf = Files.write(folder.resolve("Lamp.PDF"), new TestPdf().lines("The lamp is lit.").bytes());
        Path docx = Files.write(folder.resolve("quay.docx"), new TestDocx().paragraphs("Quay closed.").bytes());

        assertEquals("The lamp is lit.", reader.read(pdf).text());
        assertEquals("Quay closed.", reader.read(docx).text());
        assertEquals("application/pdf", reader.extract(pdf).mediaType());
    }

    @Test
    void aLinkToADeviceIsRefusedByNameInsteadOfReadToItsEnd() throws Exception {
        Path device = Files.createSymbolicLink(folder.resolve("ticker.txt"), Path.of("/dev/null"));

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(device));
        assertEquals("ticker.txt is not a saved file but a device, pipe or socket, which Factdesk does not read: "
                + "save what it holds to a file and add that.", refused.getMessage());
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = folder.resolve("feed.html");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a named pipe");

        SourceImportException refused = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(SourceImportException.class, () -> reader.read(pipe)));
        assertTrue(refused.getMessage().startsWith("feed.html is not a saved file but a device, pipe or socket"),
                refused.getMessage());
    }

    @Test
    void aFileNameWithALineBreakTabOrControlCharacterGivesAOneLineOutletAndTitle() throws Exception {
        Path html = write("quay\nnotes\u001b[31m.html", "<html><body><p>The quay reopens.</p></body></html>",
                StandardCharsets.UTF_8);
        Path text = write("tide\ttable.txt", "", StandardCharsets.UTF_8);
        Files.writeString(text, "\n".repeat(2) + "x".repeat(200) + "\nHigh water at noon.");

        SourceDraft page = reader.read(html);
        SourceDraft plain = reader.read(text);

        assertEquals("quay notes[31m", page.outlet());
        assertEquals("tide table", plain.outlet());
        assertEquals("tide table", plain.title());
    }

    @Test
    void aFirstLineWithTabsBecomesATitleOnOneLine() throws Exception {
        Path file = write("timetable.txt", "Ferry\ttimetable\t\tfor May\nThe first boat leaves at six.",
                StandardCharsets.UTF_8);

        SourceDraft draft = reader.read(file);

        assertEquals("Ferry timetable for May", draft.title());
        assertTrue(draft.text().startsWith("Ferry\ttimetable"), "the text keeps its tabs");
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThrows(IOException.class, () -> reader.read(folder.resolve("gone.txt")));
    }

    @Test
    void anHtmlPageKeepsItsArticleParagraphsAndDropsPageFurnitureAndTheHeadline() throws Exception {
        SourceDraft draft = reader.read(copyOfFixture("ferry-timetable-page.html"));

        assertEquals("""
                The island ferry will keep its full timetable this winter, the port authority said on Monday.

                Crossings had been cut to two a day in previous years.
                Islanders had campaigned against the cuts.

                Weekday crossings: six

                Weekend crossings: four""", draft.text());
    }

    @Test
    void anHtmlPageGivesItsMetadata() throws Exception {
        SourceDraft draft = reader.read(copyOfFixture("ferry-timetable-page.html"));

        assertEquals("Harbour ferry to run through the winter", draft.title());
        assertEquals("Lindqvist Bay Herald", draft.outlet());
        assertEquals("https://herald.example/news/ferry-winter", draft.url(), "the canonical link wins over og:url");
        assertEquals(LocalDate.of(2031, 11, 4), draft.published());
        assertEquals("Tova Brandt", draft.author());
        assertEquals("ferry-timetable-page.html", draft.importedFrom());
    }

    @Test
    void aBareHtmlPageFallsBackToItsHeadingAndFileName() throws Exception {
        Path file = write("quay-report.htm", "<html><body><h1>Quay report</h1><p>Piers are weak.</p>"
                + "<meta property=\"og:url\" content=\"https://x.example/q\"></body></html>", StandardCharsets.UTF_8);

        SourceDraft draft = reader.read(file);

        assertEquals("Quay report", draft.title());
        assertEquals("quay-report", draft.outlet());
        assertEquals("https://x.example/q", draft.url());
        assertNull(draft.published());
    }

    private Path copyOfFixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
