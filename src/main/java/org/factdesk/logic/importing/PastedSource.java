package org.factdesk.logic.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.logic.text.TextRules;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.model.SourceDraft;
import org.jsoup.Jsoup;

/**
 * Reads what the editor pasted from the clipboard as a source, as a file of the same kind is read: a web page's
 * HTML through the article extractor (its metadata with it), or a plain text as it is. What was pasted is kept
 * as the original, as UTF-8 bytes. The outlet is left for the editor to type when the paste does not name it.
 * Stateless; parsing a page takes time, so call it off the JavaFX thread.
 */
public final class PastedSource {

    /** How a pasted web page is named in notices and messages. */
    static final String PAGE = "the pasted page";
    /** How a pasted text is named in messages. */
    static final String TEXT = "the pasted text";
    /** The name the original of a pasted page is kept under. */
    public static final String PAGE_FILE = "pasted.html";
    /** The name the original of a pasted text is kept under. */
    public static final String TEXT_FILE = "pasted.txt";

    private PastedSource() {
    }

    /**
     * The article in a pasted page, with the metadata the page holds.
     *
     * @throws SourceImportException when the page is too large, holds no text, or holds a character no source
     *     may hold
     */
    public static ExtractedSource fromHtml(String html) throws SourceImportException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        refuseTooLarge(bytes, PAGE);
        ExtractedSource extracted = HtmlSourceReader.fromPage(Jsoup.parse(html), PAGE, bytes, "text/html", false);
        if (extracted.draft().text().isBlank()) {
            throw new SourceImportException("The pasted page holds no text.");
        }
        SourceDraft draft = extracted.draft();
        return extracted.withDraft(new SourceDraft(draft.outlet(), draft.title(), draft.author(), draft.url(),
                draft.published(), draft.perspective(), draft.text(), PAGE_FILE));
    }

    /**
     * A pasted plain text: line ends made {@code \n}, long blank runs collapsed, its first line as the title.
     *
     * @throws SourceImportException when the text is blank, too long, or holds a character no source may hold
     */
    public static ExtractedSource fromText(String pasted) throws SourceImportException {
        byte[] bytes = pasted.getBytes(StandardCharsets.UTF_8);
        refuseTooLarge(bytes, TEXT);
        SourceFileReader.refuseTooLong(pasted, TEXT);
        String checked = TextRules.normaliseLineEnds(pasted);
        Optional<TextRules.Problem> problem = TextRules.firstProblem(checked, Kind.TEXT);
        if (problem.isPresent()) {
            throw new SourceImportException("The pasted text holds " + problem.get().what() + " at "
                    + PlainSourceReader.lineAndColumn(checked, problem.get().index()) + ", which a source cannot hold.");
        }
        String text = PlainSourceText.normalise(pasted);
        if (text.isBlank()) {
            throw new SourceImportException("The pasted text is blank.");
        }
        List<String> notices = new ArrayList<>();
        notices.add("The pasted text names no outlet; type it in.");
        SourceDraft draft = new SourceDraft("", PlainSourceReader.firstLineAsTitle(text, ""), "", "", null, "",
                text, TEXT_FILE);
        return new ExtractedSource(draft, bytes, "text/plain", notices);
    }

    private static void refuseTooLarge(byte[] bytes, String name) throws SourceImportException {
        if (bytes.length > SourceFileReader.MAX_BYTES) {
            throw new SourceImportException("The paste is larger than " + SourceFileReader.MAX_FILE_SIZE
                    + ", too large to add as a source.");
        }
        if (bytes.length == 0) {
            throw new SourceImportException(name.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + name.substring(1) + " is empty.");
        }
    }
}
