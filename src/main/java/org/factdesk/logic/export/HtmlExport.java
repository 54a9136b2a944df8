package org.factdesk.logic.export;

import java.util.Optional;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.FormattedStory.FormattedFact;
import org.factdesk.logic.format.FormattedStory.FormattedNarrative;
import org.factdesk.logic.format.FormattedStory.NumberedSource;
import org.owasp.encoder.Encode;

/**
 * Writes a story as one self-contained HTML5 page: inline print-friendly CSS, no scripts, nothing loaded from
 * elsewhere, so the file opens, prints and archives the same anywhere. Each fact's citation numbers link to
 * the source's entry ({@code id="source-N"}) in the Sources line; an entry links out only when its url is http
 * or https. Every user string is escaped with the OWASP encoder. The page ends with a line break.
 * Stateless; any thread.
 */
public final class HtmlExport {

    /** The page title when the story has none: an empty {@code <title>} is not valid HTML. */
    static final String UNTITLED = "Untitled story";

    private static final String STYLE = """
            body {
              margin: 0 auto;
              max-width: 40em;
              padding: 2.5em 1.25em 3em;
              font-family: Georgia, Cambria, "Times New Roman", Times, serif;
              font-size: 1.0625em;
              line-height: 1.6;
              color: #222;
              background: #fff;
            }
            h1 { font-size: 1.9em; line-height: 1.25; margin: 0 0 0.5em; }
            h2 {
              font-size: 1.05em;
              letter-spacing: 0.06em;
              text-transform: uppercase;
              color: #555;
              margin: 2em 0 0.5em;
              padding-bottom: 0.25em;
              border-bottom: 1px solid #ddd;
            }
            .lede { font-size: 1.15em; color: #333; }
            ul { padding-left: 1.25em; }
            li { margin: 0 0 0.6em; }
            sup { font-size: 0.7em; line-height: 0; }
            a { color: #1d4f7a; text-decoration: none; }
            a:hover, a:focus { text-decoration: underline; }
            .sources { font-size: 0.95em; color: #444; }
            /* A right-to-left override typed in one outlet or label must not reorder the text after it. */
            .sources a, .sources span, .narratives strong { unicode-bidi: isolate; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11pt; color: #000; }
              a { color: #000; }
              h2 { color: #000; page-break-after: avoid; }
              li { page-break-inside: avoid; }
            }
            """;

    private HtmlExport() {
    }

    public static String render(FormattedStory story) {
        StringBuilder html = new StringBuilder(4096);
        String pageTitle = story.title().isBlank() ? UNTITLED : story.title();
        html.append("<!DOCTYPE html>\n")
                .append("<html lang=\"en\">\n")
                .append("<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Encode.forHtml(pageTitle)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n")
                .append("<body>\n")
                .append("<article>\n")
                .append("<h1>").append(Encode.forHtml(story.title())).append("</h1>\n");
        if (!story.lede().isEmpty()) {
            html.append("<p class=\"lede\">").append(Encode.forHtml(story.lede())).append("</p>\n");
        }
        html.append("<h2>Facts</h2>\n<ul class=\"facts\">\n");
        for (FormattedFact fact : story.facts()) {
            html.append("<li>").append(Encode.forHtml(fact.text())).append(marks(fact)).append("</li>\n");
        }
        html.append("</ul>\n");
        if (!story.sourcesLine().isEmpty()) {
            html.append("<p class=\"sources\">").append(sourcesLine(story)).append("</p>\n");
        }
        html.append("<h2>Narratives</h2>\n<ul class=\"narratives\">\n");
        for (FormattedNarrative narrative : story.narratives()) {
            html.append("<li>").append(narrative(narrative)).append("</li>\n");
        }
        return html.append("</ul>\n</article>\n</body>\n</html>\n").toString();
    }

    private static String marks(FormattedFact fact) {
        if (fact.numbers().isEmpty()) {
            return "";
        }
        return "<sup>" + fact.marks(number -> "<a href=\"#source-" + number + "\">" + number + "</a>") + "</sup>";
    }

    private static String sourcesLine(FormattedStory story) {
        SourcesLineParts parts = SourcesLineParts.of(story);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < parts.entries().size(); i++) {
            line.append(Encode.forHtml(parts.gaps().get(i))).append(entry(parts.entries().get(i)));
        }
        return line.append(Encode.forHtml(parts.gaps().get(parts.entries().size()))).toString();
    }

    private static String entry(NumberedSource source) {
        Optional<String> link = WebUrl.linkable(source.source().url());
        String sourceTitle = source.source().title().strip();
        StringBuilder entry = new StringBuilder(link.isPresent() ? "<a" : "<span");
        entry.append(" id=\"source-").append(source.number()).append('"');
        link.ifPresent(url -> entry.append(" href=\"").append(Encode.forHtmlAttribute(url)).append('"'));
        if (!sourceTitle.isEmpty()) {
            entry.append(" title=\"").append(Encode.forHtmlAttribute(sourceTitle)).append('"');
        }
        entry.append('>').append(Encode.forHtml(source.entry()));
        return entry.append(link.isPresent() ? "</a>" : "</span>").toString();
    }

    private static String narrative(FormattedNarrative narrative) {
        return narrative.line(label -> "<strong>" + Encode.forHtml(label) + "</strong>", Encode::forHtml);
    }
}
