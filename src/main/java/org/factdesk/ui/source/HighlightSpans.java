package org.factdesk.ui.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns highlight ranges into RichTextFX style spans, for the whole text or for one stretch of it (a paragraph,
 * or the part a story change repainted), in one pass over the sorted ranges; and finds the stretch in which two
 * lists of highlights look different, so that a story change restyles only that. No nodes; any thread.
 */
final class HighlightSpans {

    private HighlightSpans() {
    }

    /** Spans covering {@code textLength} characters; gaps between ranges carry no style class. */
    static StyleSpans<Collection<String>> of(List<HighlightRange> ranges, int textLength) {
        return of(ranges, 0, textLength);
    }

    /**
     * Spans covering the characters {@code from..to} (relative to {@code from}): the ranges clipped to that
     * stretch, gaps with no style class. An empty stretch gives one empty span, as RichTextFX expects.
     */
    static StyleSpans<Collection<String>> of(List<HighlightRange> ranges, int from, int to) {
        int first = firstEndingAfter(ranges, from);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(Math.min(ranges.size() - first,
                64) * 2 + 1);
        // Most ranges share a handful of class lists; reusing them keeps 300 highlights to a few objects.
        Map<String, Collection<String>> classes = new HashMap<>();
        int position = from;
        for (int i = first; i < ranges.size() && ranges.get(i).start() < to; i++) {
            HighlightRange range = ranges.get(i);
            int start = Math.max(range.start(), from);
            int end = Math.min(range.end(), to);
            if (start < position || end <= start) {
                continue; // out of order: never produced by SourceHighlights
            }
            if (start > position) {
                spans.add(List.of(), start - position);
            }
            spans.add(classes.computeIfAbsent(range.colour() + range.isShared(), key -> classesOf(range)), end - start);
            position = end;
        }
        if (position < to || position == from) {
            spans.add(List.of(), to - position);
        }
        return spans.create();
    }

    /** True when some range covers part of {@code from..to}. */
    static boolean anyWithin(List<HighlightRange> ranges, int from, int to) {
        int first = firstEndingAfter(ranges, from);
        return first < ranges.size() && ranges.get(first).start() < to;
    }

    /** The index of the first range that ends after {@code offset}, by binary search; size() if none. */
    private static int firstEndingAfter(List<HighlightRange> ranges, int offset) {
        int low = 0;
        int high = ranges.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ranges.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The smallest stretch outside which {@code before} and {@code after} paint the text the same (same places,
     * same style classes), or empty when they look identical. Adding a fact often changes only the colours
     * after it; removing a citation changes one place.
     */
    static Optional<TextSpan> changed(List<HighlightRange> before, List<HighlightRange> after) {
        int head = 0;
        int shorter = Math.min(before.size(), after.size());
        while (head < shorter && paintedAlike(before.get(head), after.get(head))) {
            head++;
        }
        if (head == before.size() && head == after.size()) {
            return Optional.empty();
        }
        int tail = 0;
        while (tail < shorter - head
                && paintedAlike(before.get(before.size() - 1 - tail), after.get(after.size() - 1 - tail))) {
            tail++;
        }
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (List<HighlightRange> ranges : List.of(before, after)) {
            if (head < ranges.size() - tail) {
                start = Math.min(start, ranges.get(head).start());
                end = Math.max(end, ranges.get(ranges.size() - 1 - tail).end());
            }
        }
        return Optional.of(new TextSpan(start, end));
    }

    private static boolean paintedAlike(HighlightRange one, HighlightRange other) {
        return one.start() == other.start() && one.end() == other.end()
                && classesOf(one).equals(classesOf(other));
    }

    /** The style classes of a stretch: its first fact's colour, and the shared look when several facts cite it. */
    static List<String> classesOf(HighlightRange range) {
        String colour = range.colour();
        return range.isShared()
                ? List.of(SourcePane.HIGHLIGHT, SourcePane.HIGHLIGHT_SHARED, colour)
                : List.of(SourcePane.HIGHLIGHT, colour);
    }
}
