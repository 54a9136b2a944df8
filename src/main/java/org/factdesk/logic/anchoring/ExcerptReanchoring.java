package org.factdesk.logic.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.factdesk.logic.text.TextRules;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;

/**
 * Finds the excerpts of a source again in its corrected text, each in this order: (1) at its old offsets, if the
 * quote and the text just around it are still there; (2) by its exact quote, the occurrences told apart by the
 * text stored before and after it and by the old position; (2b) by its words with only their spacing changed
 * (spaces doubled, lines re-wrapped), told apart the same way; (3) approximately, within one edit per four
 * characters of the quote, scored the same way. Step 2b finds what step 3 would, only without its search. The approach, steps 2 and 3 and their scoring, is the Hypothesis
 * annotation client's ({@code dom-anchor-text-quote} and {@code approx-string-match}): see {@link QuoteSearch}
 * and {@link ApproximateSearch}. An excerpt found nowhere is {@link Anchoring#ORPHANED}: it keeps its last known
 * quote and offsets; an excerpt already orphaned stays so and is never moved. The quote and context of a legacy
 * text with {@code \r\n} are compared with {@code \n} line ends (docs/decisions/0009). Offsets never split a
 * surrogate pair. Stateless; any thread.
 */
public final class ExcerptReanchoring {

    /** At most one edit per this many characters of the quote. */
    static final int CHARACTERS_PER_ERROR = 4;

    /** Each excerpt of {@code excerpts} as found in {@code newText}, in the same order, with its outcome. */
    public List<Excerpt> reanchor(List<Excerpt> excerpts, String newText) {
        CorrectedText corrected = new CorrectedText(newText);
        List<Excerpt> placed = new ArrayList<>(excerpts.size());
        for (Excerpt excerpt : excerpts) {
            placed.add(reanchor(excerpt, corrected));
        }
        return placed;
    }

    /** One excerpt as found in {@code newText}, with its outcome. */
    public Excerpt reanchor(Excerpt excerpt, String newText) {
        return reanchor(excerpt, new CorrectedText(newText));
    }

    private static Excerpt reanchor(Excerpt excerpt, CorrectedText corrected) {
        String newText = corrected.text;
        if (excerpt.isOrphaned()) {
            return excerpt;
        }
        if (excerpt.quote().isEmpty()) {
            return excerpt.end() <= newText.length() ? place(excerpt, newText, excerpt.start(), excerpt.end())
                    : excerpt.orphaned();
        }
        if (stillInPlace(excerpt, newText)) {
            corrected.found(excerpt.start(), excerpt.start());
            return place(excerpt, newText, excerpt.start(), excerpt.end());
        }
        TextQuote quote = quoteOf(excerpt);
        Optional<QuoteSearch.Found> found = QuoteSearch.exact(newText, quote);
        if (found.isEmpty()) {
            found = QuoteSearch.spacingChanged(newText, corrected.spaceFolded(), quote);
        }
        int maxErrors = quote.exact().length() / CHARACTERS_PER_ERROR;
        if (found.isEmpty() && maxErrors > 0) {
            found = QuoteSearch.approximate(newText, quote, maxErrors, corrected.expectedStart(excerpt.start()));
        }
        found.ifPresent(where -> corrected.found(excerpt.start(), where.start()));
        return found.map(where -> place(excerpt, newText, where.start(), where.end())).orElseGet(excerpt::orphaned);
    }

    /** Step 1: the quote at its old offsets, with the stored context either side agreeing. */
    private static boolean stillInPlace(Excerpt excerpt, String newText) {
        if (excerpt.end() > newText.length() || !newText.startsWith(excerpt.quote(), excerpt.start())) {
            return false;
        }
        TextQuote quote = quoteOf(excerpt);
        return QuoteSearch.prefixScore(newText, quote, excerpt.start()) == 1
                && QuoteSearch.suffixScore(newText, quote, excerpt.end()) == 1;
    }

    static TextQuote quoteOf(Excerpt excerpt) {
        String before = TextRules.normaliseLineEnds(excerpt.contextBefore());
        String after = TextRules.normaliseLineEnds(excerpt.contextAfter());
        return new TextQuote(TextRules.normaliseLineEnds(excerpt.quote()),
                before.substring(Math.max(0, before.length() - QuoteSearch.CONTEXT_LENGTH)),
                after.substring(0, Math.min(after.length(), QuoteSearch.CONTEXT_LENGTH)), excerpt.start());
    }

    /** The excerpt at {@code start..end} of the new text, widened to whole characters, with fresh context. */
    private static Excerpt place(Excerpt excerpt, String text, int start, int end) {
        int from = start;
        int to = end;
        if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))
                && Character.isHighSurrogate(text.charAt(from - 1))) {
            from--;
        }
        if (to > 0 && to < text.length() && Character.isLowSurrogate(text.charAt(to))
                && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        ExcerptDraft draft = ExcerptDraft.of(excerpt.sourceId(), text, from, to);
        boolean same = from == excerpt.start() && to == excerpt.end() && draft.quote().equals(excerpt.quote());
        return excerpt.placedAt(draft, same ? Anchoring.UNCHANGED : Anchoring.MOVED);
    }

    /**
     * A corrected text and what its excerpts share: its space-folded form, made once an excerpt needs it, and how
     * far the passages found so far moved, so that the next one is first looked for where its neighbours went.
     */
    private static final class CorrectedText {

        private final String text;
        private SpaceFoldedText spaceFolded;
        /** Old start of a passage found by its quote, to how far it moved. */
        private final TreeMap<Integer, Integer> shifts = new TreeMap<>();

        CorrectedText(String text) {
            this.text = text;
        }

        SpaceFoldedText spaceFolded() {
            if (spaceFolded == null) {
                spaceFolded = SpaceFoldedText.of(text);
            }
            return spaceFolded;
        }

        void found(int oldStart, int newStart) {
            shifts.put(oldStart, newStart - oldStart);
        }

        /** Where a passage that began at {@code oldStart} probably begins now: moved as its nearest neighbour. */
        int expectedStart(int oldStart) {
            Map.Entry<Integer, Integer> before = shifts.floorEntry(oldStart);
            Map.Entry<Integer, Integer> after = shifts.ceilingEntry(oldStart);
            Map.Entry<Integer, Integer> nearest = before == null ? after : after == null ? before
                    : oldStart - before.getKey() <= after.getKey() - oldStart ? before : after;
            return nearest == null ? oldStart : oldStart + nearest.getValue();
        }
    }
}
