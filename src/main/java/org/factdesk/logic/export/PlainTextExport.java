package org.factdesk.logic.export;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.FormattedStory.FormattedFact;
import org.factdesk.logic.format.FormattedStory.FormattedNarrative;
import org.factdesk.logic.text.VisibleText;

/**
 * Writes a story as house-format plain text, the form editors paste into a CMS:
 * <pre>
 * title
 * lede
 * Facts
 * - fact text.1,2
 * Sources: 1Outlet and 2Other Outlet.
 * Narratives
 * - Label, as provided by Outlet. Text
 * </pre>
 * Lines are joined by "\n" and the text does <em>not</em> end with a line break, like the house samples; a
 * caller writing a file encodes it as UTF-8. The Sources line is left out when nothing is cited; the "Facts"
 * and "Narratives" headings are always there. Line breaks inside a user's text become spaces so that every
 * bullet stays one line, and characters that could act on a terminal (control characters, lone surrogates,
 * bidirectional overrides and isolates) are written as their codes, {@code <U+001B>}, since this text is also
 * printed to terminals. Stateless; any thread.
 */
public final class PlainTextExport {

    private PlainTextExport() {
    }

    public static String render(FormattedStory story) {
        List<String> lines = new ArrayList<>();
        lines.add(SingleLine.of(story.title()));
        lines.add(SingleLine.of(story.lede()));
        lines.add("Facts");
        for (FormattedFact fact : story.facts()) {
            lines.add("- " + SingleLine.of(fact.text()) + fact.marks(String::valueOf));
        }
        if (!story.sourcesLine().isEmpty()) {
            lines.add(SingleLine.of(story.sourcesLine()));
        }
        lines.add("Narratives");
        for (FormattedNarrative narrative : story.narratives()) {
            lines.add("- " + narrative.line(SingleLine::of, SingleLine::of));
        }
        return VisibleText.text(String.join("\n", lines));
    }
}
