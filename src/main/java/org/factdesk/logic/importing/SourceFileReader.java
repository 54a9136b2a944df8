package org.factdesk.logic.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import org.factdesk.logic.text.TextRules;
import org.factdesk.model.SourceDraft;

/**
 * Reads a file into a source: picks the reader for its kind by its extension (plain text, Markdown, a web page
 * or a browser's "Web page, complete" folder, an e-mail, a PDF or a Word document), refuses what is empty or too large, and keeps the
 * file's bytes with what was extracted. Blocking file I/O: call it on a background thread, never on the JavaFX
 * thread. Stateless.
 */
public final class SourceFileReader {

    /** Larger files are refused: sources are articles, and reading a huge file would stall the import. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The limit as messages state it. */
    public static final String MAX_FILE_SIZE = "50 MB";

    private static final java.util.Set<String> ARTICLE_EXTENSIONS =
            java.util.Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "eml", "pdf", "docx");

    /** The media type of a web page's original. */
    public static final String HTML = "text/html";

    /** The media type of a PDF's original. */
    public static final String PDF = "application/pdf";

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /**
     * Reads one file as a source draft, its kind told by its name.
     *
     * @throws IOException if the file cannot be read
     * @throws SourceImportException if the file is of a kind we do not read, empty, too large, not text, holds no
     *     text, is damaged UTF-8 or holds a character no source may hold ({@link TextRules})
     */
    public SourceDraft read(Path file) throws IOException, SourceImportException {
        return extract(file).draft();
    }

    /**
     * Reads one file as a source with its original bytes and notices about how it was read; a folder is read
     * as the "Web page, complete" save it holds.
     *
     * @throws IOException if the file cannot be read
     * @throws SourceImportException as for {@link #read(Path)}, with a message naming the file
     */
    public ExtractedSource extract(Path file) throws IOException, SourceImportException {
        Path page = Files.isDirectory(file) ? SavedPageFolder.page(file) : file;
        String name = page.getFileName().toString();
        SourceFormat format = formatOf(name);
        // Through a link, the file it leads to: a link to /dev/zero or a named pipe has no end to read to.
        BasicFileAttributes attributes = Files.readAttributes(page, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new SourceImportException(name + " is not a saved file but a device, pipe or socket, which "
                    + "Factdesk does not read: save what it holds to a file and add that.");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge(name);
        }
        byte[] bytes = readAtMost(page, MAX_BYTES);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name); // it grew after it was chosen
        }
        if (bytes.length == 0) {
            throw new SourceImportException(name + " is empty.");
        }
        ExtractedSource extracted = format.read(bytes, name);
        if (extracted.draft().text().isBlank()) {
            throw new SourceImportException(name + " holds no text.");
        }
        return extracted;
    }

    private static SourceImportException tooLarge(String name) {
        return new SourceImportException(name + " is larger than " + MAX_FILE_SIZE
                + ", too large to import as a source.");
    }

    /** Up to one byte more than {@code most}, so that a file that grew after it was chosen is still refused. */
    private static byte[] readAtMost(Path file, long most) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(Math.toIntExact(most + 1));
        }
    }

    /** True when a file of this name is of a kind {@link #extract} reads (by its extension). */
    public static boolean readsKindOf(String name) {
        return ARTICLE_EXTENSIONS.contains(extension(name));
    }

    /**
     * Extracts a source again from a file's stored bytes ({@code SourceLibrary.original}) with other settings. The
     * media type tells the kind of file; without one, the name's extension does. Settings a kind of file does not
     * honour are ignored ({@link ExtractionSettings#kindOf}).
     *
     * @param name the file's name, for messages and the draft
     * @param mediaType as stored with the bytes ({@code text/html}, {@code application/pdf}…), or empty
     * @throws IOException if the bytes cannot be read as their kind of file
     * @throws SourceImportException as for {@link #read(Path)}, with a message naming the file
     */
    public ExtractedSource extract(byte[] bytes, String name, String mediaType, ExtractionSettings settings)
            throws IOException, SourceImportException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name);
        }
        if (bytes.length == 0) {
            throw new SourceImportException(name + " is empty.");
        }
        SourceFormat format = switch (mediaType) {
            case "text/plain", "text/markdown" -> new PlainSourceReader(mediaType);
            case HTML -> new HtmlSourceReader(settings.articleOnly());
            case "message/rfc822" -> new EmailSourceReader();
            case PDF -> pdf(settings);
            case DOCX -> formatOf("document.docx");
            default -> formatOf(name);
        };
        ExtractedSource extracted = format.read(bytes, name);
        if (extracted.draft().text().isBlank()) {
            throw new SourceImportException(name + " holds no text with these settings.");
        }
        return extracted;
    }

    /** The reader for a file of this name. */
    private static SourceFormat formatOf(String name) throws SourceImportException {
        return switch (extension(name)) {
            case "txt", "text" -> new PlainSourceReader("text/plain");
            case "md", "markdown" -> new PlainSourceReader("text/markdown");
            case "html", "htm", "xhtml" -> new HtmlSourceReader(true);
            case "eml" -> new EmailSourceReader();
            case "pdf" -> pdf(ExtractionSettings.IMPORT);
            case "docx" -> (bytes, file) -> new ExtractedSource(new DocxSourceReader().read(bytes, file), bytes,
                    DOCX, List.of());
            default -> throw new SourceImportException(name
                    + " is not a text, Markdown, HTML, e-mail (.eml), PDF or Word (.docx) file.");
        };
    }

    private static SourceFormat pdf(ExtractionSettings settings) {
        return (bytes, file) -> new ExtractedSource(new PdfSourceReader().read(bytes, file, settings), bytes, PDF,
                List.of());
    }

    /** Refuses extracted text longer than a source may hold ({@link TextRules#MAX_SOURCE_CHARS}). */
    static void refuseTooLong(String text, String name) throws SourceImportException {
        if (text.length() > TextRules.MAX_SOURCE_CHARS) {
            throw new SourceImportException(name + " holds more than " + TextRules.MAX_SOURCE_SIZE
                    + " of text, more than a source may hold.");
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension, as a one-line value ({@link DocumentImportRules#stem}). */
    static String stem(String name) {
        return DocumentImportRules.stem(name);
    }
}
