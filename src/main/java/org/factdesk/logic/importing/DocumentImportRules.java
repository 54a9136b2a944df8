package org.factdesk.logic.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.factdesk.logic.text.TextRules;
import org.factdesk.logic.text.TextRules.Kind;

/**
 * What the readers of binary document formats (PDF, Word) share: the file-size limit, checked before a byte is
 * parsed, and how extracted text and metadata are made fit for a source through {@link TextRules}. Stateless;
 * any thread (reading a file blocks).
 */
final class DocumentImportRules {

    /** A larger document file is refused before it is parsed: parsing it could take minutes and much memory. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** The limit as messages state it. */
    static final String MAX_FILE_SIZE = "50 MB";

    /** Titles longer than this are the start of a paragraph, not a title. */
    private static final int LONGEST_TITLE = 150;

    /** Three or more line feeds in a row: a paragraph break is exactly one blank line. */
    private static final Pattern LONG_BREAK = Pattern.compile("\n{3,}");

    /** A title that names the file it was saved from ("Microsoft Word - draft 3.docx") says nothing. */
    private static final Pattern FILE_NAME_TITLE =
            Pattern.compile("(?i)^microsoft (word|powerpoint) - .*|.*\\.(docx?|pdf|odt|rtf|txt|indd|pages)$");

    private DocumentImportRules() {
    }

    /** The whole file, after checking its size. */
    static byte[] readLimited(Path file) throws IOException, SourceImportException {
        String name = file.getFileName().toString();
        refuseIfTooLarge(Files.size(file), name);
        return Files.readAllBytes(file);
    }

    static void refuseIfTooLarge(long bytes, String name) throws SourceImportException {
        if (bytes > MAX_FILE_BYTES) {
            throw new SourceImportException(name + " is larger than " + MAX_FILE_SIZE + ", too large to import.");
        }
    }

    /**
     * Extracted paragraphs as a source text: paragraphs separated by one blank line, line ends {@code \n}, and
     * no character that {@link TextRules} forbids. A control character in a document's text layer comes from a
     * font's mapping or a field code, never from what the author wrote, and the editor could not fix it by
     * saving the file again, so it is dropped rather than refusing the whole document.
     *
     * @throws SourceImportException if the text is longer than a source may be
     */
    static String sourceText(String paragraphs, String name) throws SourceImportException {
        String allowed = TextRules.withoutForbidden(paragraphs, Kind.TEXT);
        String text = LONG_BREAK.matcher(allowed).replaceAll("\n\n").strip();
        if (text.length() > TextRules.MAX_SOURCE_CHARS) {
            throw new SourceImportException(name + " holds more than " + TextRules.MAX_SOURCE_SIZE
                    + " of text, too much for one source.");
        }
        return text;
    }

    /** A metadata value as one line; stray control characters are dropped, since the editor can correct it. */
    static String line(String value) {
        if (value == null) {
            return "";
        }
        return TextRules.withoutForbidden(value.replaceAll("\\s+", " "), Kind.LINE).strip();
    }

    /**
     * The document's own title when it has a real one, else its first paragraph when that is short enough to be
     * a title, else the file name without its extension.
     */
    static String title(String declared, String text, String name) {
        String title = line(declared);
        if (!title.isEmpty() && !FILE_NAME_TITLE.matcher(title).matches()) {
            return title;
        }
        int end = text.indexOf("\n\n");
        String first = line(end < 0 ? text : text.substring(0, end));
        return !first.isEmpty() && first.length() <= LONGEST_TITLE ? first : stem(name);
    }

    /**
     * The file name without its extension, the outlet until the editor names the real one. A file name may hold
     * line breaks, tabs and control characters that an outlet or a title may not ({@link Kind#LINE}): as one line.
     */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return line(dot <= 0 ? name : name.substring(0, dot));
    }
}
