package org.factdesk.logic.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.factdesk.model.SourceDraft;

/**
 * Reads a PDF into a source draft with PDFBox: its text layer as paragraphs (hard-wrapped lines rejoined,
 * hyphenation at line ends undone, running headers, footers and page numbers dropped) and the title and author
 * of its document information. A PDF protected by a password, damaged, or without a text layer (a scan) is
 * refused with a message naming the file. Blocking and CPU-bound: call it on a background thread, never on the
 * JavaFX thread. Stateless; one instance may serve several threads.
 */
public final class PdfSourceReader {

    /** How every PDF starts, within its first kilobyte. */
    private static final byte[] START_MARK = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** Where a complete PDF ends; a file without it near its end was cut short, as a broken download is. */
    private static final byte[] END_MARK = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** How far from either end the marks may sit: writers may add a few bytes around them. */
    private static final int MARK_WINDOW = 1024;

    /**
     * Reads one PDF file as a source; a file over 50 MB is refused before it is read.
     *
     * @throws IOException if the file cannot be read
     * @throws SourceImportException if the file is too large, protected, damaged or holds no text
     */
    public SourceDraft read(Path file) throws IOException, SourceImportException {
        String name = file.getFileName().toString();
        return read(DocumentImportRules.readLimited(file), name);
    }

    /**
     * Reads a PDF's bytes as a source; {@code fileName} names it in messages and in the draft.
     *
     * @throws SourceImportException if the bytes are too many, protected, damaged or hold no text
     */
    public SourceDraft read(byte[] bytes, String fileName) throws SourceImportException {
        return read(bytes, fileName, ExtractionSettings.IMPORT);
    }

    /**
     * Reads a PDF's bytes as a source with the PDF settings of {@code settings}: running lines dropped or kept,
     * wrapped lines rejoined or kept one per line.
     *
     * @throws SourceImportException if the bytes are too many, protected, damaged or hold no text
     */
    public SourceDraft read(byte[] bytes, String fileName, ExtractionSettings settings) throws SourceImportException {
        DocumentImportRules.refuseIfTooLarge(bytes.length, fileName);
        if (bytes.length == 0) {
            throw new SourceImportException(fileName + " holds no text.");
        }
        if (find(bytes, START_MARK, 0, Math.min(bytes.length, MARK_WINDOW)) < 0) {
            throw new SourceImportException(fileName + " is not a PDF: it does not start as one.");
        }
        if (find(bytes, END_MARK, Math.max(0, bytes.length - MARK_WINDOW), bytes.length) < 0) {
            throw new SourceImportException(fileName + " is damaged: the file stops before the end of the PDF "
                    + "(perhaps an unfinished download or copy).");
        }
        List<List<PdfLine>> pages;
        PDDocumentInformation information;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            information = document.getDocumentInformation();
            pages = PdfLineCollector.linesOf(document);
        } catch (InvalidPasswordException e) {
            throw new SourceImportException(fileName + " is protected by a password. Save an unprotected copy "
                    + "of it and import that.");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports broken structure with IOExceptions and, deep in a damaged content stream, with
            // runtime exceptions; either way the editor can only get a sound copy of the file.
            throw new SourceImportException(fileName + " is damaged: it cannot be read as a PDF.");
        }
        if (pages.stream().allMatch(List::isEmpty)) {
            throw new SourceImportException(fileName + " has no text layer: its pages are images (a scan, "
                    + "perhaps). Run text recognition (OCR) on it first, or paste its text.");
        }
        List<List<PdfLine>> kept = settings.dropRunningLines() ? RunningLines.dropped(pages) : pages;
        List<String> paragraphs = settings.rejoinLines() ? PdfParagraphs.of(kept) : asSet(kept);
        String text = DocumentImportRules.sourceText(String.join("\n\n", paragraphs), fileName);
        if (text.isEmpty()) {
            throw new SourceImportException(fileName + " has no text layer: it holds no readable characters.");
        }
        String title = DocumentImportRules.title(information.getTitle(), text, fileName);
        return new SourceDraft(DocumentImportRules.stem(fileName), title,
                DocumentImportRules.line(information.getAuthor()), "", null, "", text, fileName);
    }

    /** Each page's lines as set, one line of text each; a page is one paragraph. */
    private static List<String> asSet(List<List<PdfLine>> pages) {
        return pages.stream().filter(page -> !page.isEmpty())
                .map(page -> page.stream().map(line -> PdfParagraphs.withoutLigatures(line.text()))
                        .collect(Collectors.joining("\n")))
                .toList();
    }

    /** Where {@code mark} last starts within {@code bytes[from, to)}; -1 when it does not. */
    private static int find(byte[] bytes, byte[] mark, int from, int to) {
        for (int i = to - mark.length; i >= from; i--) {
            if (Arrays.equals(bytes, i, i + mark.length, mark, 0, mark.length)) {
                return i;
            }
        }
        return -1;
    }
}
