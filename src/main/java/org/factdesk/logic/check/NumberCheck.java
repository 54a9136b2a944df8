package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.model.Fact;
import org.factdesk.model.Source;

/**
 * Section 2 of the checks: every number a fact writes in digits must be in one of the sources it cites, in any
 * equivalent form ({@link NumberMention#sameAs}). A number in none is a warning naming it: it may be a
 * conversion or a sum, which the editor can mark checked (an ignore of its key). Numbers inside a quotation are
 * left to {@link QuoteCheck}, so one slip is not reported twice. Years are numbers too; a year also counts as
 * found when a cited source was published in it, since articles often leave their own year unsaid. Stateless;
 * any thread.
 */
final class NumberCheck implements StoryCheck {

    static final String NAME = "number";

    @Override
    public List<Finding> check(CheckedStory story) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < story.facts().size(); i++) {
            Fact fact = story.facts().get(i);
            List<Source> sources = story.citedSources(fact);
            if (sources.isEmpty()) {
                continue;
            }
            List<QuoteMarks.Quotation> quotations = QuoteMarks.outermost(fact.text());
            Set<String> reported = new HashSet<>();
            for (NumberMention number : NumberReader.read(fact.text())) {
                if (quotations.stream().anyMatch(quotation -> quotation.covers(number.start()))
                        || foundIn(story, sources, number) || !reported.add(number.written())) {
                    continue;
                }
                findings.add(Finding.warning(Place.fact(i), "the number " + number.written()
                        + " is in none of the cited sources (" + CheckedStory.names(sources) + "): check it "
                        + "against them, and mark it checked if it is a conversion or a sum",
                        FindingKey.of(NAME, FindingKey.fact(fact.id()), number.written())));
            }
        }
        return findings;
    }

    private static boolean foundIn(CheckedStory story, List<Source> sources, NumberMention number) {
        for (Source source : sources) {
            if (number.year() && source.published() != null
                    && source.published().getYear() == number.value().intValueExact()) {
                return true;
            }
            for (NumberMention said : story.numbers(source.id())) {
                if (number.sameAs(said)) {
                    return true;
                }
            }
        }
        return false;
    }
}
