package org.factdesk.ui.narratives;

import java.util.List;
import java.util.Optional;

/**
 * How evenly a story's narratives are weighted, by word count: one bar per narrative, scaled to the longest,
 * and the first pair where one narrative has more than twice the words of another. Narratives still empty
 * are left out of that comparison, so a card just added does not raise a warning before anyone writes in it.
 * Immutable; any thread.
 */
public record NarrativeBalance(List<Bar> bars, Optional<String> warning) {

    /** Above this ratio of longest to shortest, the balance strip warns. */
    public static final double LIMIT = 2.0;

    public NarrativeBalance {
        bars = List.copyOf(bars);
    }

    /**
     * One narrative's bar.
     *
     * @param share its words as a fraction of the longest narrative's, 0 to 1
     * @param longest whether this narrative is the one that tips the balance
     */
    public record Bar(String label, int words, double share, boolean longest) {

        public String count() {
            return WordCount.describe(words);
        }
    }

    /** One narrative's name and length, as the balance needs it. */
    public record Entry(String label, int words) {
    }

    @SuppressWarnings("ReferenceEquality") // the one entry found longest; an equal twin is not the one that tips
    public static NarrativeBalance of(List<Entry> entries) {
        int most = entries.stream().mapToInt(Entry::words).max().orElse(0);
        Entry longest = null;
        Entry shortest = null;
        for (Entry entry : entries) {
            if (entry.words() == 0) {
                continue;
            }
            if (longest == null || entry.words() > longest.words()) {
                longest = entry;
            }
            if (shortest == null || entry.words() < shortest.words()) {
                shortest = entry;
            }
        }
        boolean uneven = longest != null && longest.words() > LIMIT * shortest.words();
        Entry tipping = uneven ? longest : null;
        List<Bar> bars = entries.stream()
                .map(entry -> new Bar(entry.label(), entry.words(), most == 0 ? 0 : (double) entry.words() / most,
                        entry == tipping))
                .toList();
        Optional<String> warning = uneven
                ? Optional.of(longest.label() + " has more than twice the words of " + shortest.label() + ".")
                : Optional.empty();
        return new NarrativeBalance(bars, warning);
    }

    public boolean uneven() {
        return warning.isPresent();
    }
}
