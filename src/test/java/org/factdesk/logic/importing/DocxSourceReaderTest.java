package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.model.SourceDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxSourceReaderTest {

    @TempDir
    Path folder;

    private final DocxSourceReader reader = new DocxSourceReader();

    @Test
    void paragraphsAndTableRowsBecomeParagraphsAndEmptyOnesAreSkipped() throws Exception {
        byte[] docx = new TestDocx()
                .paragraphs("Ferry timetable to change", "", "The winter timetable starts on 3 November.", "  ")
                .table(List.of(List.of("Sailing", "Leaves", "Arrives"), List.of("Morning", "07:10", "07:55"),
                        List.of("", "", ""), List.of("Evening", "", "19:40")))
                .paragraphs("Passengers may still buy tickets on board.")
                .bytes();

        SourceDraft draft = reader.read(docx, "timetable.docx");

        assertEquals(String.join("\n\n", "Ferry timetable to change", "The winter timetable starts on 3 November.",
                "Sailing | Leaves | Arrives", "Morning | 07:10 | 07:55", "Evening |  | 19:40",
                "Passengers may still buy tickets on board."), draft.text());
        assertEquals("timetable", draft.outlet());
        assertEquals("timetable.docx", draft.importedFrom());
    }

    @Test
    void titleAndAuthorComeFromTheCoreProperties() throws Exception {
        byte[] docx = new TestDocx().properties("Winter ferry timetable", "Tobias Quennell")
                .paragraphs("The winter timetable starts on 3 November.").bytes();

        SourceDraft draft = reader.read(docx, "timetable.docx");

        assertEquals("Winter ferry timetable", draft.title());
        assertEquals("Tobias Quennell", draft.author());
    }

    @Test
    void withoutATitleInThePropertiesTheFirstShortParagraphIsTheTitle() throws Exception {
        byte[] docx = new TestDocx().paragraphs("Ferry timetable to change", "It starts in November.").bytes();

        SourceDraft draft = reader.read(docx, "timetable.docx");

        assertEquals("Ferry timetable to change", draft.title());
    }

    @Test
    void aManualLineBreakStaysOneLineEndInsideItsParagraph() throws Exception {
        byte[] docx = new TestDocx().brokenLines("Harbour Office", "", "12 Quay Street").bytes();

        assertEquals("Harbour Office\n12 Quay Street", reader.read(docx, "address.docx").text());
    }

    @Test
    void aFileOnDiskIsReadByItsPath() throws Exception {
        Path file = Files.write(folder.resolve("notice.docx"), new TestDocx().paragraphs("Quay closed.").bytes());

        assertEquals("Quay closed.", reader.read(file).text());
    }

    @Test
    void aTruncatedDocumentIsRefusedAsDamaged() {
        byte[] whole = new TestDocx().paragraphs("The winter timetable starts on 3 November.").bytes();
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(cut, "timetable.docx"));
        assertTrue(refused.getMessage().startsWith("timetable.docx is damaged: the file stops before the end"),
                refused.getMessage());
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefusedAsDamaged() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("Quay closed.".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(zip.toByteArray(), "notes.docx"));
        assertEquals("notes.docx is damaged: it cannot be read as a Word document.", refused.getMessage());
    }

    @Test
    void aDocumentProtectedByAPasswordIsRefused() {
        byte[] docx = new TestDocx().paragraphs("The harbour accounts are private.").encrypted("reader-secret");

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(docx, "accounts.docx"));
        assertTrue(refused.getMessage().startsWith("accounts.docx is protected by a password"),
                refused.getMessage());
    }

    @Test
    void anOlderWordDocumentIsRefusedWithAWayOut() {
        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(TestDocx.olderWordDocument(), "minutes.docx"));
        assertEquals("minutes.docx is an older Word document (.doc), not a .docx. Save it as .docx and import "
                + "that.", refused.getMessage());
    }

    @Test
    void aDamagedCompoundFileIsRefusedAsDamaged() {
        byte[] olderWord = TestDocx.olderWordDocument();
        byte[] cut = Arrays.copyOf(olderWord, 100);

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(cut, "minutes.docx"));
        assertEquals("minutes.docx is damaged: it cannot be read as a Word document.", refused.getMessage());
    }

    @Test
    void aFileThatIsNotAWordDocumentIsRefusedAsSuch() {
        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read("Quay closed.".getBytes(StandardCharsets.UTF_8), "notice.docx"));
        assertEquals("notice.docx is not a Word document (.docx): it does not start as one.", refused.getMessage());
    }

    @Test
    void aDocumentWithoutTextHoldsNoText() {
        byte[] docx = new TestDocx().paragraphs("", " ").bytes();

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(docx, "blank.docx"));
        assertEquals("blank.docx holds no text.", refused.getMessage());
    }

    @Test
    void anEmptyFileHoldsNoText() {
        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(new byte[0], "empty.docx"));
        assertEquals("empty.docx holds no text.", refused.getMessage());
    }

    @Test
    void aFileOver50MegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path file = folder.resolve("archive.docx");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(DocumentImportRules.MAX_FILE_BYTES + 1);
        }

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(file));
        assertEquals("archive.docx is larger than 50 MB, too large to import.", refused.getMessage());
    }
}
