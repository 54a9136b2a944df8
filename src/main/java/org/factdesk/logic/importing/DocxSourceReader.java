package org.factdesk.logic.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.factdesk.model.SourceDraft;

/**
 * Reads a Word document (.docx) into a source draft with Apache POI: each non-empty paragraph of the body as a
 * paragraph, each table row as one paragraph with its cells separated by {@value #CELL_SEPARATOR}, and the
 * title and author of its core properties. Page headers, footers, comments and footnotes are not part of the
 * article and are left out. A damaged or password-protected file is refused with a message naming it.
 * Blocking and CPU-bound: call it on a background thread, never on the JavaFX thread. Stateless; one instance
 * may serve several threads.
 */
public final class DocxSourceReader {

    static final String CELL_SEPARATOR = " | ";

    /** An OLE2 compound file: a Word 97-2003 document, or a .docx that Word has encrypted with a password. */
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** How a zip file, and so every .docx, starts. */
    private static final byte[] ZIP_START = {'P', 'K', 3, 4};

    /** The signature of a zip file's last record, which sits within its last 64 KB and a bit. */
    private static final byte[] ZIP_END = {'P', 'K', 5, 6};

    private static final int ZIP_END_WINDOW = 0xFFFF + 22;

    /**
     * Reads one .docx file as a source; a file over 50 MB is refused before it is read.
     *
     * @throws IOException if the file cannot be read
     * @throws SourceImportException if the file is too large, protected, damaged or holds no text
     */
    public SourceDraft read(Path file) throws IOException, SourceImportException {
        String name = file.getFileName().toString();
        return read(DocumentImportRules.readLimited(file), name);
    }

    /**
     * Reads a .docx file's bytes as a source; {@code fileName} names it in messages and in the draft.
     *
     * @throws SourceImportException if the bytes are too many, protected, damaged or hold no text
     */
    public SourceDraft read(byte[] bytes, String fileName) throws SourceImportException {
        DocumentImportRules.refuseIfTooLarge(bytes.length, fileName);
        if (bytes.length == 0) {
            throw new SourceImportException(fileName + " holds no text.");
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            throw compoundFileRefusal(bytes, fileName);
        }
        if (!startsWith(bytes, ZIP_START)) {
            throw new SourceImportException(fileName + " is not a Word document (.docx): it does not start as "
                    + "one.");
        }
        // POI reads a zip front to back and would take a cut-off file's first parts as the whole document.
        if (!hasZipEnd(bytes)) {
            throw new SourceImportException(fileName + " is damaged: the file stops before the end of the "
                    + "document (perhaps an unfinished download or copy).");
        }
        List<String> paragraphs = new ArrayList<>();
        POIXMLProperties.CoreProperties properties;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : document.getBodyElements()) {
                addParagraphs(element, paragraphs);
            }
            properties = document.getProperties().getCoreProperties();
        } catch (IOException | RuntimeException e) {
            // POI reports a broken package or broken XML with IOExceptions and runtime exceptions alike.
            throw new SourceImportException(fileName + " is damaged: it cannot be read as a Word document.");
        }
        String text = DocumentImportRules.sourceText(String.join("\n\n", paragraphs), fileName);
        if (text.isEmpty()) {
            throw new SourceImportException(fileName + " holds no text.");
        }
        String title = DocumentImportRules.title(properties.getTitle(), text, fileName);
        return new SourceDraft(DocumentImportRules.stem(fileName), title,
                DocumentImportRules.line(properties.getCreator()), "", null, "", text, fileName);
    }

    private static void addParagraphs(IBodyElement element, List<String> paragraphs) {
        if (element instanceof XWPFParagraph paragraph) {
            add(paragraphText(paragraph.getText()), paragraphs);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                add(rowText(row), paragraphs);
            }
        } else if (element instanceof XWPFSDT control) {
            add(paragraphText(control.getContent().getText()), paragraphs);
        }
    }

    private static void add(String paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }

    /** A paragraph's lines stripped, a manual line break kept as one line end, never as a paragraph break. */
    private static String paragraphText(String raw) {
        return raw.replace('\r', '\n').replaceAll("[ \\t\\u00A0]*\n[ \\t\\u00A0\n]*", "\n").strip();
    }

    /** The row's cells in one line; a row of empty cells is empty. */
    private static String rowText(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cellText(cell));
        }
        return cells.stream().allMatch(String::isEmpty) ? "" : String.join(CELL_SEPARATOR, cells).strip();
    }

    /** A cell's paragraphs and any table nested in it, as one line. */
    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(paragraph.getText());
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    parts.add(rowText(row));
                }
            }
        }
        return String.join(" ", parts).replaceAll("\\s+", " ").strip();
    }

    private static SourceImportException compoundFileRefusal(byte[] bytes, String fileName) {
        try (POIFSFileSystem compound = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (compound.getRoot().hasEntry("EncryptionInfo")) {
                return new SourceImportException(fileName + " is protected by a password. Save an unprotected "
                        + "copy of it and import that.");
            }
            return new SourceImportException(fileName + " is an older Word document (.doc), not a .docx. Save "
                    + "it as .docx and import that.");
        } catch (IOException | RuntimeException e) {
            return new SourceImportException(fileName + " is damaged: it cannot be read as a Word document.");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean hasZipEnd(byte[] bytes) {
        for (int i = bytes.length - ZIP_END.length; i >= Math.max(0, bytes.length - ZIP_END_WINDOW); i--) {
            if (Arrays.equals(bytes, i, i + ZIP_END.length, ZIP_END, 0, ZIP_END.length)) {
                return true;
            }
        }
        return false;
    }
}
