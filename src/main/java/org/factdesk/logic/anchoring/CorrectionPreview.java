package org.factdesk.logic.anchoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Excerpt;

/**
 * What a correction does, or did, to a source's passages: how many stay where they were, how many move, and
 * which are lost, each with the facts that cite it. Passages lost in an earlier correction stay lost and are
 * counted apart, so that "lost" always means "lost by this correction". Immutable.
 *
 * @param unchanged passages found at their old place with their old words
 * @param moved passages found elsewhere or with other words; their facts are flagged for review
 * @param lost passages this correction cannot place, in text order
 * @param alreadyLost passages lost before, which stay lost
 */
public record CorrectionPreview(int unchanged, int moved, List<LostPassage> lost, int alreadyLost) {

    public CorrectionPreview {
        lost = List.copyOf(lost);
    }

    /** A passage the correction loses, with its last known quote and the facts that cite it ("Story: fact"). */
    public record LostPassage(long excerptId, String quote, List<String> citingFacts) {

        public LostPassage {
            Objects.requireNonNull(quote, "quote");
            citingFacts = List.copyOf(citingFacts);
        }
    }

    /**
     * The preview of replacing the text with {@code newText}: {@code excerpts} re-anchored as the correction
     * would ({@link ExcerptReanchoring}). CPU-bound (a fuzzy search per moved passage): call it off the JavaFX
     * thread.
     *
     * @param citingFacts for each excerpt id, the facts citing it as they should be listed
     */
    public static CorrectionPreview of(List<Excerpt> excerpts, String newText, Map<Long, List<String>> citingFacts) {
        return compared(excerpts, new ExcerptReanchoring().reanchor(excerpts, newText), citingFacts);
    }

    /** What a correction did: each excerpt as it was {@code before} and as it is {@code after} (matched by id). */
    public static CorrectionPreview compared(List<Excerpt> before, List<Excerpt> after,
            Map<Long, List<String>> citingFacts) {
        Map<Long, Excerpt> earlier = new HashMap<>();
        before.forEach(excerpt -> earlier.put(excerpt.id(), excerpt));
        int unchanged = 0;
        int moved = 0;
        int alreadyLost = 0;
        List<LostPassage> lost = new ArrayList<>();
        for (Excerpt excerpt : after) {
            Excerpt was = earlier.get(excerpt.id());
            if (excerpt.anchoring() == Anchoring.UNCHANGED) {
                unchanged++;
            } else if (excerpt.anchoring() == Anchoring.MOVED) {
                moved++;
            } else if (was != null && was.isOrphaned()) {
                alreadyLost++;
            } else {
                lost.add(new LostPassage(excerpt.id(), excerpt.quote(),
                        citingFacts.getOrDefault(excerpt.id(), List.of())));
            }
        }
        return new CorrectionPreview(unchanged, moved, lost, alreadyLost);
    }

    /** "3 unchanged, 1 moved, 1 lost", with the passages lost before when there are any. */
    public String counts() {
        String counts = unchanged + " unchanged, " + moved + " moved, " + lost.size() + " lost";
        return alreadyLost == 0 ? counts : counts + " (and " + alreadyLost + " lost before)";
    }

    /** For the status line after a correction: "2 passages moved, 1 lost" or "no passage moved or lost". */
    public String outcome() {
        if (moved == 0 && lost.isEmpty()) {
            return "no passage moved or lost";
        }
        return moved + (moved == 1 ? " passage" : " passages") + " moved, " + lost.size() + " lost";
    }
}
