package org.factdesk.logic.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.logic.text.TextRules;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.model.SourceDraft;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a text, Markdown, HTML, PDF or Word (.docx) file into a source draft: its text as paragraphs and
 * whatever metadata the file carries. Blocking file I/O: call it on a background thread, never on the JavaFX thread. Stateless.
 */
public final class SourceFileReader {

    /** Larger files are refused: sources are articles, and a huge single text slows every view of it. */
    public static final long MAX_BYTES = TextRules.MAX_SOURCE_CHARS;

    /**
     * Reads one file as a source, its kind told by its name.
     *
     * @throws IOException if the file cannot be read
     * @throws SourceImportException if the file is of a kind we do not read, too large, holds no text, is
     *     damaged UTF-8 or holds a character no source may hold ({@link TextRules})
     */
    public SourceDraft read(Path file) throws IOException, SourceImportException {
        String name = file.getFileName().toString();
        String kind = extension(name);
        if (kind.equals("pdf")) {
            return new PdfSourceReader().read(file);
        }
        if (kind.equals("docx")) {
            return new DocxSourceReader().read(file);
        }
        if (!kind.equals("txt") && !kind.equals("md") && !kind.equals("html") && !kind.equals("htm")) {
            throw new SourceImportException(name + " is not a text, Markdown, HTML, PDF or Word (.docx) file.");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new SourceImportException(name + " is larger than " + TextRules.MAX_SOURCE_SIZE
                    + ", too large for a source.");
        }
        byte[] bytes = Files.readAllBytes(file);
        SourceDraft draft = kind.startsWith("htm") ? fromHtml(bytes, name) : fromPlainText(bytes, name);
        if (draft.text().isBlank()) {
            throw new SourceImportException(name + " holds no text.");
        }
        return draft;
    }

    private static SourceDraft fromPlainText(byte[] bytes, String name) throws SourceImportException {
        String decoded = PlainSourceText.decode(bytes, name);
        // Checked before the blank lines are collapsed, so that the line and column are the file's own.
        String checked = TextRules.normaliseLineEnds(decoded);
        Optional<TextRules.Problem> problem = TextRules.firstProblem(checked, Kind.TEXT);
        if (problem.isPresent()) {
            throw new SourceImportException(name + " holds " + problem.get().what() + " at "
                    + lineAndColumn(checked, problem.get().index()) + ", which a source cannot hold.");
        }
        String text = PlainSourceText.normalise(decoded);
        return new SourceDraft(stem(name), firstLineAsTitle(text, name), "", "", null, "", text, name);
    }

    private static SourceDraft fromHtml(byte[] bytes, String name) throws IOException, SourceImportException {
        // A null charset lets jsoup honour the BOM or <meta charset>, as a browser would.
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        if (page.charset().equals(StandardCharsets.UTF_8)) {
            // jsoup would read damaged bytes as U+FFFD without a word.
            Optional<Utf8Bytes.Malformed> malformed = Utf8Bytes.firstMalformed(bytes);
            if (malformed.isPresent()) {
                throw PlainSourceText.damagedUtf8(name, malformed.get());
            }
        }
        String title = line(page.title());
        if (title.isEmpty()) {
            Element heading = page.selectFirst("h1");
            title = heading == null ? "" : line(heading.text());
        }
        String outlet = firstNonEmpty(meta(page, "og:site_name"), stem(name));
        String url = firstNonEmpty(attribute(page, "link[rel=canonical]", "href"), meta(page, "og:url"));
        String author = firstNonEmpty(meta(page, "author"), meta(page, "article:author"));
        LocalDate published = date(meta(page, "article:published_time"));
        String text = asBrowsersShow(PlainSourceText.normalise(HtmlSourceText.paragraphs(page)));
        Optional<TextRules.Problem> problem = TextRules.firstProblem(text, Kind.TEXT);
        if (problem.isPresent()) {
            throw new SourceImportException(name + " holds " + problem.get().describe(text)
                    + " of its text, which a source cannot hold.");
        }
        return new SourceDraft(line(outlet), title, line(author), line(url), published, "", text, name);
    }

    /**
     * Metadata as one line: a stray control character in a page's head is dropped rather than refusing the
     * page, since the editor sees and can correct these fields in the source form.
     */
    private static String line(String value) {
        return TextRules.withoutForbidden(asBrowsersShow(value.replaceAll("\\s+", " ")), Kind.LINE).strip();
    }

    /**
     * A character reference to half a character (<code>&amp;#xD800;</code>) shows as U+FFFD, as the HTML standard has
     * browsers show it; jsoup leaves the half in the text, which no export could encode.
     */
    private static String asBrowsersShow(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> shown.appendCodePoint(
                Character.isSurrogate((char) codePoint) && codePoint <= Character.MAX_VALUE ? 0xFFFD : codePoint));
        return shown.toString();
    }

    /** "line 3, column 7", counting from 1 in a text whose line ends are all {@code \n}. */
    private static String lineAndColumn(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (text.codePointCount(lineStart, index) + 1);
    }

    /** A {@code <meta>} value by {@code property} (Open Graph) or {@code name}; empty when absent. */
    private static String meta(Document page, String key) {
        String byProperty = attribute(page, "meta[property=" + key + "]", "content");
        return byProperty.isEmpty() ? attribute(page, "meta[name=" + key + "]", "content") : byProperty;
    }

    private static String attribute(Document page, String cssQuery, String attribute) {
        Element element = page.selectFirst(cssQuery);
        return element == null ? "" : element.attr(attribute).strip();
    }

    /** An ISO date or date-time as a date; null when absent or not a date we can read. */
    static LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** The first line, as a title, when it is short enough to be one (Markdown heading marks removed). */
    private static String firstLineAsTitle(String text, String name) {
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).replaceFirst("^#+\\s*", "").strip();
        return !line.isEmpty() && line.length() <= 150 ? line : stem(name);
    }

    private static String firstNonEmpty(String first, String second) {
        return first.isEmpty() ? second : first;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
