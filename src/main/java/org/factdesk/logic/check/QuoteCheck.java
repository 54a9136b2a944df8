package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Fact;
import org.factdesk.model.Source;

/**
 * Section 1 of the checks: every quotation in a fact must occur in one of the sources the fact cites, allowing
 * the differences {@link QuotePattern} allows. Only the outermost quotations are looked for: a quotation inside
 * one is part of it, and found with it. A quote that fails is an error that shows the nearest passage of the
 * cited sources ({@link NearestPassage}). A fact with no citation is left to {@link CitationCheck}. Stateless;
 * any thread.
 */
final class QuoteCheck implements StoryCheck {

    static final String NAME = "quote";
    private static final int QUOTE_SHOWN = 80;
    private static final int PASSAGE_SHOWN = 160;

    @Override
    public List<Finding> check(CheckedStory story) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < story.facts().size(); i++) {
            Fact fact = story.facts().get(i);
            List<Source> sources = story.citedSources(fact);
            if (sources.isEmpty()) {
                continue;
            }
            for (QuoteMarks.Quotation quotation : QuoteMarks.outermost(fact.text())) {
                String content = quotation.content(fact.text());
                QuotePattern pattern = QuotePattern.of(content);
                if (!pattern.isEmpty() && !foundIn(story, sources, pattern)) {
                    findings.add(notFound(story, Place.fact(i), fact, sources, content, pattern));
                }
            }
        }
        return findings;
    }

    private static boolean foundIn(CheckedStory story, List<Source> sources, QuotePattern pattern) {
        for (Source source : sources) {
            if (pattern.findIn(story.matchText(source.id())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Finding notFound(CheckedStory story, Place place, Fact fact, List<Source> sources, String content,
                                    QuotePattern pattern) {
        String key = FindingKey.of(NAME, FindingKey.fact(fact.id()), content);
        String quote = "\u201C" + Excerpts.shortened(content, QUOTE_SHOWN) + "\u201D";
        Optional<NearestPassage.Near> near = nearest(story, sources, pattern);
        if (near.isEmpty()) {
            return Finding.error(place, "the quote " + quote + " is not in the cited sources ("
                    + CheckedStory.names(sources) + "), and no passage of them comes near it: quote the source "
                    + "word for word, or cite the source that says it", key);
        }
        NearestPassage.Near best = near.get();
        Source source = story.document().sources().get(best.sourceId());
        String passage = story.text(best.sourceId()).substring(best.start(), best.end());
        return Finding.error(place, "the quote " + quote + " is not in the cited sources ("
                        + CheckedStory.names(sources) + "); nearest, in " + CheckedStory.name(source) + ": \u201C"
                        + Excerpts.shortened(passage, PASSAGE_SHOWN) + "\u201D. Quote the source word for word "
                        + "(mark your own words with [brackets] and omissions with \u2026), or cite the source that "
                        + "says it", key)
                .revealing(new Passage(best.sourceId(), best.start(), best.end()));
    }

    private static Optional<NearestPassage.Near> nearest(CheckedStory story, List<Source> sources,
                                                         QuotePattern pattern) {
        List<String> words = Words.of(pattern.words()).words;
        NearestPassage.Near best = null;
        for (Source source : sources) {
            Optional<NearestPassage.Near> near = NearestPassage.in(source.id(), story.text(source.id()), words);
            if (near.isPresent() && (best == null || near.get().shared() > best.shared())) {
                best = near.get();
            }
        }
        return Optional.ofNullable(best);
    }
}
