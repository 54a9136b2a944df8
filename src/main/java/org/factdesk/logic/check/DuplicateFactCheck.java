package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.model.Fact;

/**
 * Section 3 of the checks, repeated facts: a fact with the same text as an earlier one, or nearly the same, is a
 * warning on the later one naming the earlier. Texts are compared as their sets of words (lower-cased, without
 * punctuation): the same set is "the same text", and a Jaccard similarity of at least {@link #NEAR} is "nearly
 * the same", which takes a one-word change in a fact of twenty words or more, or a word added to one of ten, but
 * not two facts that differ in their verb or their number. Stateless; any thread.
 */
final class DuplicateFactCheck implements StoryCheck {

    static final String NAME = "duplicate";
    static final double NEAR = 0.9;

    @Override
    public List<Finding> check(CheckedStory story) {
        List<Fact> facts = story.facts();
        List<Set<String>> wordSets = new ArrayList<>();
        for (Fact fact : facts) {
            wordSets.add(new HashSet<>(Words.of(fact.text()).words));
        }
        List<Finding> findings = new ArrayList<>();
        for (int later = 1; later < facts.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                double similarity = jaccard(wordSets.get(earlier), wordSets.get(later));
                if (wordSets.get(later).isEmpty() || similarity < NEAR) {
                    continue;
                }
                String how = similarity >= 1 ? "the same text as" : "nearly the same text as";
                findings.add(Finding.warning(Place.fact(later), "the fact has " + how + " " + Place.fact(earlier)
                                + ": merge the two, or delete one",
                        FindingKey.of(NAME, FindingKey.fact(facts.get(later).id()), facts.get(later).text())));
                break;
            }
        }
        return findings;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
