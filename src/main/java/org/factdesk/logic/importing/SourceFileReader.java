package org.factdesk.logic.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.factdesk.model.SourceDraft;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a text, Markdown or HTML file into a source draft: its text as paragraphs and whatever metadata the
 * file carries. Blocking file I/O: call it on a background thread, never on the JavaFX thread. Stateless.
 */
public final class SourceFileReader {

    /** Larger files are refused: sources are articles, and a huge single text slows every view of it. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * Reads one file as a source, its kind told by its name.
     *
     * @throws IOException if the file cannot be read
     * @throws SourceImportException if the file is of a kind we do not read, too large, or holds no text
     */
    public SourceDraft read(Path file) throws IOException, SourceImportException {
        String name = file.getFileName().toString();
        String kind = extension(name);
        if (!kind.equals("txt") && !kind.equals("md") && !kind.equals("html") && !kind.equals("htm")) {
            throw new SourceImportException(name + " is not a text, Markdown or HTML file.");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new SourceImportException(name + " is larger than 20 MB, too large for a source.");
        }
        byte[] bytes = Files.readAllBytes(file);
        SourceDraft draft = kind.startsWith("htm") ? fromHtml(bytes, name) : fromPlainText(bytes, name);
        if (draft.text().isBlank()) {
            throw new SourceImportException(name + " holds no text.");
        }
        return draft;
    }

    private static SourceDraft fromPlainText(byte[] bytes, String name) {
        String text = PlainSourceText.normalise(PlainSourceText.decode(bytes));
        return new SourceDraft(stem(name), firstLineAsTitle(text, name), "", "", null, "", text, name);
    }

    private static SourceDraft fromHtml(byte[] bytes, String name) throws IOException {
        // A null charset lets jsoup honour the BOM or <meta charset>, as a browser would.
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        String title = page.title().strip();
        if (title.isEmpty()) {
            Element heading = page.selectFirst("h1");
            title = heading == null ? "" : heading.text().strip();
        }
        String outlet = firstNonEmpty(meta(page, "og:site_name"), stem(name));
        String url = firstNonEmpty(attribute(page, "link[rel=canonical]", "href"), meta(page, "og:url"));
        String author = firstNonEmpty(meta(page, "author"), meta(page, "article:author"));
        LocalDate published = date(meta(page, "article:published_time"));
        String text = PlainSourceText.normalise(HtmlSourceText.paragraphs(page));
        return new SourceDraft(outlet, title, author, url, published, "", text, name);
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
