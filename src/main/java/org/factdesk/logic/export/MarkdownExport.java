package org.factdesk.logic.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.FormattedStory.FormattedFact;
import org.factdesk.logic.format.FormattedStory.FormattedNarrative;
import org.factdesk.logic.format.FormattedStory.NumberedSource;

/**
 * Writes a story as Markdown: {@code # title}, the lede, {@code ## Facts} bullets with citation marks right
 * after the text as in the house format, the Sources line with http(s) sources as links, and
 * {@code ## Narratives} bullets with the label in bold. User text is escaped (see {@link MarkdownText}); link
 * urls are percent-encoded so they cannot end the link early. Blocks are separated by a blank line and the
 * text ends with a line break, as Markdown files do. Stateless; any thread.
 */
public final class MarkdownExport {

    private MarkdownExport() {
    }

    public static String render(FormattedStory story) {
        List<String> blocks = new ArrayList<>();
        blocks.add("# " + MarkdownText.escape(story.title()));
        if (!story.lede().isBlank()) {
            blocks.add(MarkdownText.escape(story.lede()));
        }
        blocks.add("## Facts");
        if (!story.facts().isEmpty()) {
            blocks.add(bullets(story.facts().stream().map(MarkdownExport::fact).toList()));
        }
        if (!story.sourcesLine().isEmpty()) {
            blocks.add(sourcesLine(story));
        }
        blocks.add("## Narratives");
        if (!story.narratives().isEmpty()) {
            blocks.add(bullets(story.narratives().stream().map(MarkdownExport::narrative).toList()));
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static String bullets(List<String> items) {
        return "- " + String.join("\n- ", items);
    }

    private static String fact(FormattedFact fact) {
        return MarkdownText.escape(fact.text()) + fact.marks(String::valueOf);
    }

    private static String narrative(FormattedNarrative narrative) {
        return narrative.line(label -> "**" + MarkdownText.escape(label) + "**", MarkdownText::escape);
    }

    private static String sourcesLine(FormattedStory story) {
        SourcesLineParts parts = SourcesLineParts.of(story);
        StringBuilder line = new StringBuilder();
        // The gaps are the house format's own words ("Sources: ", ", and "), never user text.
        for (int i = 0; i < parts.entries().size(); i++) {
            line.append(parts.gaps().get(i)).append(entry(parts.entries().get(i)));
        }
        return line.append(parts.gaps().get(parts.entries().size())).toString();
    }

    private static String entry(NumberedSource source) {
        String text = source.number() + MarkdownText.escape(source.label());
        Optional<String> url = WebUrl.linkableInMarkdown(source.source().url());
        return url.map(link -> "[" + text + "](" + link + ")").orElse(text);
    }
}
