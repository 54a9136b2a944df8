package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.logic.check.wording.WordingEntry;
import org.factdesk.logic.check.wording.WordingMatch;
import org.factdesk.logic.check.wording.WordingRules;
import org.factdesk.model.Fact;

/**
 * Section 4 of the checks, neutral wording: a word or phrase of the {@link WordingRules} in a fact is a warning
 * that names its category, says why it takes a side and suggests a neutral wording where there is one. Words
 * inside a quotation are the source's own and are left alone (quotations are found as {@link QuoteCheck} finds
 * them); narratives are opinion by design and are not checked. One finding per term and fact, however often and
 * in whatever form the fact uses it; its key is the fact's id and the term, so an ignore holds while the fact
 * keeps using that term. Stateless beyond its immutable rules; any thread.
 */
final class WordingCheck implements StoryCheck {

    static final String NAME = "wording";

    private final WordingRules rules;

    WordingCheck(WordingRules rules) {
        this.rules = rules;
    }

    @Override
    public List<Finding> check(CheckedStory story) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < story.facts().size(); i++) {
            Fact fact = story.facts().get(i);
            List<WordingMatch> matches = rules.find(fact.text());
            if (matches.isEmpty()) {
                continue;
            }
            List<QuoteMarks.Quotation> quotations = QuoteMarks.outermost(fact.text());
            Set<String> reported = new HashSet<>();
            for (WordingMatch match : matches) {
                if (quotations.stream().anyMatch(quotation -> quotation.covers(match.start()))
                        || !reported.add(match.entry().key())) {
                    continue;
                }
                findings.add(Finding.warning(Place.fact(i), message(match),
                        FindingKey.of(NAME, FindingKey.fact(fact.id()), match.entry().key()))
                        .aboutTerm(match.entry().term()));
            }
        }
        return findings;
    }

    /** "“claimed” is an expression of doubt: it hints …; write “said” instead". */
    static String message(WordingMatch match) {
        WordingEntry entry = match.entry();
        return "\u201C" + match.written().replaceAll("\\s+", " ") + "\u201D is " + entry.category().complement()
                + ": " + clause(entry.why()) + "; " + fix(entry);
    }

    private static String fix(WordingEntry entry) {
        if (entry.suggestions().isEmpty()) {
            return entry.category().advice();
        }
        return "write " + entry.suggestions().stream().map(suggestion -> "\u201C" + suggestion + "\u201D")
                .collect(Collectors.joining(" or ")) + " instead";
    }

    /** The explanation as a clause: without its final period, and lower-cased unless it opens with a name. */
    private static String clause(String why) {
        String clause = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
        if (clause.length() > 1 && Character.isUpperCase(clause.charAt(0)) && Character.isLowerCase(clause.charAt(1))
                && !clause.startsWith("I ")) {
            return Character.toLowerCase(clause.charAt(0)) + clause.substring(1);
        }
        return clause;
    }
}
