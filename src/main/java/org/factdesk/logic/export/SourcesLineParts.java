package org.factdesk.logic.export;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.FormattedStory.NumberedSource;

/**
 * The Sources line cut around its entries, so an export can mark up each entry (a link, an anchor) while the
 * words between them ("Sources: ", ", ", ", and ", the final ".") stay exactly as the house format wrote them.
 * The house format stays the one place that decides the line. Immutable.
 *
 * @param gaps the text before each entry, then the text after the last: one more than there are entries
 */
record SourcesLineParts(List<String> gaps, List<NumberedSource> entries) {

    SourcesLineParts {
        gaps = List.copyOf(gaps);
        entries = List.copyOf(entries);
    }

    static SourcesLineParts of(FormattedStory story) {
        String line = story.sourcesLine();
        List<String> gaps = new ArrayList<>();
        int cursor = 0;
        for (NumberedSource source : story.sources()) {
            // Entries start with a digit and the joining words hold none, so the first match is the entry.
            int start = line.indexOf(source.entry(), cursor);
            if (start < 0) {
                throw new IllegalStateException("Sources line lacks entry " + source.entry() + ": " + line);
            }
            gaps.add(line.substring(cursor, start));
            cursor = start + source.entry().length();
        }
        gaps.add(line.substring(cursor));
        return new SourcesLineParts(gaps, story.sources());
    }
}
