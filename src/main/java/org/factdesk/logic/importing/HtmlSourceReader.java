package org.factdesk.logic.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.logic.text.TextRules;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.model.SourceDraft;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page: its article's paragraphs (found by {@link ArticleExtractor}) and its metadata
 * ({@link PageMetadata}). When no article can be told from the rest, the whole page's text is taken, less its
 * furniture, with a notice saying so; asked for the whole page, it takes all of the page's text. Scripts are
 * never run. Immutable; blocking callers' thread.
 */
final class HtmlSourceReader implements SourceFormat {

    /** Elements that hold no text a reader sees. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg";

    private final boolean articleOnly;

    /** @param articleOnly the article alone, as on import; false: the whole page's text, for the editor to trim */
    HtmlSourceReader(boolean articleOnly) {
        this.articleOnly = articleOnly;
    }

    @Override
    public ExtractedSource read(byte[] bytes, String name) throws IOException, SourceImportException {
        Document page = HtmlBytes.parse(bytes, name);
        return articleOnly ? fromPage(page, name, bytes, SourceFileReader.HTML)
                : wholePage(page, name, bytes);
    }

    /** Every text of the page as paragraphs, only what is never text (scripts, styles) left out. */
    private static ExtractedSource wholePage(Document page, String name, byte[] original)
            throws SourceImportException {
        PageMetadata metadata = PageMetadata.of(page);
        page.select(NEVER_TEXT).remove();
        return source(metadata, HtmlSourceText.paragraphs(page.body()), name, original, SourceFileReader.HTML,
                new ArrayList<>(), true);
    }

    /**
     * The source in a parsed page; changes {@code page}.
     *
     * @param original the bytes the page came from, kept with the extraction
     */
    static ExtractedSource fromPage(Document page, String name, byte[] original, String mediaType)
            throws SourceImportException {
        return fromPage(page, name, original, mediaType, true);
    }

    /**
     * As {@link #fromPage(Document, String, byte[], String)}; without {@code nameForOutlet} a page that names no
     * outlet leaves it empty for the editor to type (a pasted page has no file name that could stand in).
     */
    static ExtractedSource fromPage(Document page, String name, byte[] original, String mediaType,
            boolean nameForOutlet) throws SourceImportException {
        PageMetadata metadata = PageMetadata.of(page);
        List<String> notices = new ArrayList<>();
        Optional<Element> article = ArticleExtractor.article(page, metadata.title());
        String paragraphs;
        if (article.isPresent()) {
            paragraphs = HtmlSourceText.paragraphs(article.get());
        } else {
            PageJunk.removeFurniture(page);
            paragraphs = HtmlSourceText.paragraphs(page.body());
            notices.add("No article was found in " + name + "; the whole page is offered for clean-up.");
        }
        return source(metadata, paragraphs, name, original, mediaType, notices, nameForOutlet);
    }

    private static ExtractedSource source(PageMetadata metadata, String paragraphs, String name, byte[] original,
            String mediaType, List<String> notices, boolean nameForOutlet) throws SourceImportException {
        SourceFileReader.refuseTooLong(paragraphs, name);
        String text = PageMetadata.asBrowsersShow(PlainSourceText.normalise(paragraphs));
        Optional<TextRules.Problem> problem = TextRules.firstProblem(text, Kind.TEXT);
        if (problem.isPresent()) {
            throw new SourceImportException(name + " holds " + problem.get().describe(text)
                    + " of its text, which a source cannot hold.");
        }
        String outlet = metadata.outlet();
        if (outlet.isEmpty() && !nameForOutlet) {
            notices.add("The page names no outlet; type it in.");
        } else if (outlet.isEmpty()) {
            outlet = SourceFileReader.stem(name);
            notices.add("The page names no outlet; the file name stands in for it.");
        } else if (metadata.outletFromTitle()) {
            notices.add("The outlet \"" + outlet + "\" was taken from the end of the page's title.");
        }
        SourceDraft draft = new SourceDraft(outlet, metadata.title(), metadata.author(), metadata.url(),
                metadata.published(), "", text, name);
        return new ExtractedSource(draft, original, mediaType, notices);
    }
}
