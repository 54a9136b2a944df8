package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factdesk.model.SourceDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSourceReaderTest {

    @TempDir
    Path folder;

    private final PdfSourceReader reader = new PdfSourceReader();

    /** Fictional paragraphs long enough to wrap over several lines and, together, over several pages. */
    static List<String> harbourParagraphs(int count) {
        String[] places = {"Marrowby", "Quillhaven", "Tansy Point", "Oldcastle Reach", "Fenwick Sound"};
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String place = places[i % places.length];
            paragraphs.add("At the " + (i + 1) + "th sitting of the harbour board, members from " + place
                    + " asked again why the evening ferry leaves before the buses arrive. The clerk read out"
                    + " letters from fishermen, a bakery and the lifeboat crew, each asking for a later"
                    + " sailing on weekdays. The chair promised an answer before the spring timetable is"
                    + " printed, and the board moved on to the question of the broken crane on the east quay.");
        }
        return paragraphs;
    }

    @Test
    void aMultiPageArticleReadsAsItsParagraphsWithoutRunningHeaderOrPageNumbers() throws Exception {
        List<String> paragraphs = harbourParagraphs(16);
        TestPdf pdf = new TestPdf().header("The Marrowby Tidings - Harbour news").pageNumbers("Page %d of 3");
        paragraphs.forEach(pdf::wrapped);

        SourceDraft draft = reader.read(pdf.bytes(), "board.pdf");

        assertEquals(String.join("\n\n", paragraphs), draft.text());
    }

    @Test
    void hyphenatedLineEndsAreJoinedButRealHyphensKept() throws Exception {
        byte[] pdf = new TestPdf()
                .indented("The pier repairs were conti-", "nued through the winter by a well-",
                        "known firm from Oldcastle, whose state-of-the-", "art barge drew a crowd.")
                .indented("Its Franco-", "Norse owner spoke in 1998-", "99 about the pre-war quay.")
                .bytes();

        SourceDraft draft = reader.read(pdf, "pier.pdf");

        assertEquals("The pier repairs were continued through the winter by a well-known firm from Oldcastle, "
                + "whose state-of-the-art barge drew a crowd.\n\n"
                + "Its Franco-Norse owner spoke in 1998-99 about the pre-war quay.", draft.text());
    }

    @Test
    void aGapBetweenBlockParagraphsSeparatesThem() throws Exception {
        byte[] pdf = new TestPdf()
                .lines("The lighthouse keeper retired on Friday.").gap()
                .lines("Her daughter takes the lamp from Monday.")
                .bytes();

        assertEquals("The lighthouse keeper retired on Friday.\n\nHer daughter takes the lamp from Monday.",
                reader.read(pdf, "lamp.pdf").text());
    }

    @Test
    void aParagraphRunsOnAcrossAPageBreak() throws Exception {
        // 45 lines fill a page and each paragraph takes 5: the heading shifts the ninth over the page break.
        TestPdf pdf = new TestPdf().pageNumbers("%d").lines("Harbour board, winter sittings").gap();
        List<String> paragraphs = harbourParagraphs(10);
        paragraphs.forEach(pdf::wrapped);

        String text = reader.read(pdf.bytes(), "board.pdf").text();

        List<String> expected = new ArrayList<>(List.of("Harbour board, winter sittings"));
        expected.addAll(paragraphs);
        assertEquals(expected, Arrays.asList(text.split("\n\n", -1)));
    }

    @Test
    void titleAndAuthorComeFromTheDocumentInformation() throws Exception {
        byte[] pdf = new TestPdf().info("Crane on east quay to be mended", "Rosalind Achterberg")
                .wrapped("Work on the crane starts next week.").bytes();

        SourceDraft draft = reader.read(pdf, "crane-story.pdf");

        assertEquals("Crane on east quay to be mended", draft.title());
        assertEquals("Rosalind Achterberg", draft.author());
        assertEquals("crane-story", draft.outlet(), "the outlet is the file's name until the editor says");
        assertEquals("crane-story.pdf", draft.importedFrom());
    }

    @Test
    void aTitleThatOnlyNamesTheFileGivesWayToTheFirstParagraph() throws Exception {
        byte[] pdf = new TestPdf().info("Microsoft Word - crane draft 3.docx", null)
                .lines("Crane to be mended").gap().wrapped("Work on the crane starts next week.").bytes();

        SourceDraft draft = reader.read(pdf, "crane.pdf");

        assertEquals("Crane to be mended", draft.title());
        assertEquals("", draft.author());
    }

    @Test
    void aFileOnDiskIsReadByItsPath() throws Exception {
        Path file = Files.write(folder.resolve("lamp.pdf"), new TestPdf().lines("The lamp is lit.").bytes());

        assertEquals("The lamp is lit.", reader.read(file).text());
    }

    @Test
    void aPdfOfImagesOnlyIsRefusedForHavingNoTextLayer() {
        byte[] pdf = new TestPdf().pageWithoutText().pageWithoutText().bytes();

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(pdf, "scan.pdf"));
        assertTrue(refused.getMessage().startsWith("scan.pdf has no text layer"), refused.getMessage());
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefused() {
        byte[] pdf = new TestPdf().wrapped("The harbour accounts are private.").encrypted("reader-secret");

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(pdf, "accounts.pdf"));
        assertTrue(refused.getMessage().startsWith("accounts.pdf is protected by a password"),
                refused.getMessage());
    }

    @Test
    void aPdfWithRestrictedPermissionsButNoPasswordToOpenIsRead() throws Exception {
        byte[] pdf = new TestPdf().lines("The minutes may be read by anyone.").restricted();

        assertEquals("The minutes may be read by anyone.", reader.read(pdf, "minutes.pdf").text());
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamaged() {
        TestPdf pdf = new TestPdf();
        harbourParagraphs(8).forEach(pdf::wrapped);
        byte[] whole = pdf.bytes();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(cut, "board.pdf"));
        assertTrue(refused.getMessage().startsWith("board.pdf is damaged"), refused.getMessage());
    }

    @Test
    void aPdfWithBrokenInsidesIsRefusedAsDamaged() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 7 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(broken, "broken.pdf"));
        assertEquals("broken.pdf is damaged: it cannot be read as a PDF.", refused.getMessage());
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedAsSuch() {
        byte[] text = "Minutes of the harbour board".getBytes(StandardCharsets.US_ASCII);

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(text, "minutes.pdf"));
        assertEquals("minutes.pdf is not a PDF: it does not start as one.", refused.getMessage());
    }

    @Test
    void anEmptyFileHoldsNoText() {
        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.read(new byte[0], "empty.pdf"));
        assertEquals("empty.pdf holds no text.", refused.getMessage());
    }

    @Test
    void linesAlikeOnEveryPageAreKeptWhenTheyAreAllTheTextThereIs() throws Exception {
        byte[] pdf = new TestPdf().lines("Slide 1: the quay").newPage().lines("Slide 2: the quay").newPage()
                .lines("Slide 3: the quay").bytes();

        // How one-line pages join into paragraphs is beside the point: none of their text may be lost.
        assertEquals("Slide 1: the quay Slide 2: the quay Slide 3: the quay",
                reader.read(pdf, "slides.pdf").text().replaceAll("\\s+", " "));
    }

    @Test
    void aFileOver50MegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path file = folder.resolve("atlas.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(DocumentImportRules.MAX_FILE_BYTES + 1);
        }

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(file));
        assertEquals("atlas.pdf is larger than 50 MB, too large to import.", refused.getMessage());
    }
}
