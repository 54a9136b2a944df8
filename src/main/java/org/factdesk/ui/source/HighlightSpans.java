package org.factdesk.ui.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.ui.common.FactColors;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns highlight ranges into RichTextFX style spans for the whole text, in one pass over the sorted ranges, so
 * that the view applies every highlight with a single {@code setStyleSpans} call. No nodes; any thread.
 */
final class HighlightSpans {

    private HighlightSpans() {
    }

    /** Spans covering {@code textLength} characters; gaps between ranges carry no style class. */
    static StyleSpans<Collection<String>> of(List<HighlightRange> ranges, int textLength) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(ranges.size() * 2 + 1);
        // Most ranges share a handful of class lists; reusing them keeps 300 highlights to a few objects.
        Map<List<Integer>, Collection<String>> classes = new HashMap<>();
        int position = 0;
        for (HighlightRange range : ranges) {
            int start = Math.min(range.start(), textLength);
            int end = Math.min(range.end(), textLength);
            if (start < position || end <= start) {
                continue; // out of order or beyond the text: never produced by SourceHighlights
            }
            if (start > position) {
                spans.add(List.of(), start - position);
            }
            spans.add(classes.computeIfAbsent(range.factIndexes(), HighlightSpans::classesOf), end - start);
            position = end;
        }
        if (position < textLength || position == 0) {
            spans.add(List.of(), textLength - position);
        }
        return spans.create();
    }

    /** The style classes of a stretch: its first fact's colour, and the shared look when several facts cite it. */
    static Collection<String> classesOf(List<Integer> factIndexes) {
        String colour = FactColors.styleClass(factIndexes.get(0));
        return factIndexes.size() > 1
                ? List.of(SourcePane.HIGHLIGHT, SourcePane.HIGHLIGHT_SHARED, colour)
                : List.of(SourcePane.HIGHLIGHT, colour);
    }
}
