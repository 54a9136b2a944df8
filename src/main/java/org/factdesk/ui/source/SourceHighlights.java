package org.factdesk.ui.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.FactColors;

/**
 * Works out which stretches of a source the open story's facts cite, and how to describe them on hover. Pure
 * functions over immutable data: safe on any thread, tested without the toolkit.
 */
final class SourceHighlights {

    /** How much of a fact's text the hover caption quotes. */
    static final int QUOTED_FACT_LENGTH = 70;

    private SourceHighlights() {
    }

    /**
     * The cited stretches of source {@code sourceId}, cut where the set of citing facts changes, so that
     * overlapping excerpts become separate, non-overlapping ranges; offsets are clipped to {@code textLength}.
     */
    static List<HighlightRange> of(StoryDocument document, long sourceId, int textLength) {
        if (document == null) {
            return List.of();
        }
        List<int[]> edges = new ArrayList<>();
        for (int factIndex = 0; factIndex < document.facts().size(); factIndex++) {
            for (Citation citation : document.facts().get(factIndex).citations()) {
                Excerpt excerpt = citation.isWholeSource() ? null : document.excerpts().get(citation.excerptId());
                // An orphan's offsets point into an earlier text: highlighting them would mark the wrong words.
                if (excerpt == null || excerpt.sourceId() != sourceId || excerpt.isOrphaned()) {
                    continue;
                }
                int start = Math.min(excerpt.start(), textLength);
                int end = Math.min(excerpt.end(), textLength);
                if (start < end) {
                    edges.add(new int[] {start, +1, factIndex});
                    edges.add(new int[] {end, -1, factIndex});
                }
            }
        }
        edges.sort(Comparator.comparingInt(edge -> edge[0]));
        return sweep(edges, index -> FactColors.styleClass(document.facts().get(index)));
    }

    /** One pass over the sorted edges, keeping how many excerpts of each fact cover the current offset. */
    private static List<HighlightRange> sweep(List<int[]> edges, IntFunction<String> colourOf) {
        List<HighlightRange> ranges = new ArrayList<>();
        Map<Integer, Integer> covering = new TreeMap<>();
        int previous = 0;
        int i = 0;
        while (i < edges.size()) {
            int offset = edges.get(i)[0];
            if (!covering.isEmpty() && previous < offset) {
                List<Integer> facts = List.copyOf(covering.keySet());
                add(ranges, previous, offset, facts, colourOf.apply(facts.get(0)));
            }
            for (; i < edges.size() && edges.get(i)[0] == offset; i++) {
                covering.merge(edges.get(i)[2], edges.get(i)[1], Integer::sum);
                covering.values().removeIf(count -> count == 0);
            }
            previous = offset;
        }
        return ranges;
    }

    /** Adds a range, merged with the one before when they touch and have the same facts. */
    private static void add(List<HighlightRange> ranges, int start, int end, List<Integer> facts, String colour) {
        if (!ranges.isEmpty()) {
            HighlightRange last = ranges.get(ranges.size() - 1);
            if (last.end() == start && last.factIndexes().equals(facts)) {
                ranges.set(ranges.size() - 1, new HighlightRange(last.start(), end, facts, colour));
                return;
            }
        }
        ranges.add(new HighlightRange(start, end, facts, colour));
    }

    /** The range under {@code offset}, found by binary search in sorted, non-overlapping ranges. */
    static Optional<HighlightRange> at(List<HighlightRange> ranges, int offset) {
        int low = 0;
        int high = ranges.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            HighlightRange range = ranges.get(middle);
            if (offset < range.start()) {
                high = middle - 1;
            } else if (offset >= range.end()) {
                low = middle + 1;
            } else {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }

    /** "Cited by fact 2 and fact 5", then the start of each fact's text on a line of its own. */
    static String caption(HighlightRange range, StoryDocument document) {
        List<String> names = range.factIndexes().stream().map(index -> "fact " + (index + 1)).toList();
        StringBuilder caption = new StringBuilder("Cited by ").append(joinedWithAnd(names));
        for (int index : range.factIndexes()) {
            if (index < document.facts().size()) {
                caption.append('\n').append(index + 1).append(". ").append(opening(document.facts().get(index)));
            }
        }
        return caption.toString();
    }

    private static String joinedWithAnd(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String opening(Fact fact) {
        String text = fact.text().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return "(no text yet)";
        }
        return text.length() <= QUOTED_FACT_LENGTH ? text : text.substring(0, QUOTED_FACT_LENGTH).stripTrailing() + "…";
    }
}
