package org.factdesk.logic.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a quote in a text and picks the best of its candidate places, scored as the Hypothesis client's
 * {@code match-quote} scores them: closeness to the quote (weight 50), to the text before (20) and after (20) it,
 * and to its old position (2). Exact occurrences are the candidates when there are any; otherwise the
 * approximate ones within the edit bound ({@link ApproximateSearch}), of which only those whose context still
 * half agrees on one side are taken, so that a short passage that was deleted is not "found" in some other
 * sentence that happens to be a few letters from it. Stateless; any thread.
 */
final class QuoteSearch {

    /** How much context either side of a quote is compared, as Hypothesis keeps it. */
    static final int CONTEXT_LENGTH = 32;

    private static final double QUOTE_WEIGHT = 50;
    private static final double PREFIX_WEIGHT = 20;
    private static final double SUFFIX_WEIGHT = 20;
    private static final double POSITION_WEIGHT = 2;
    private static final double MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
    /** An approximate place needs at least this much agreement with the context on one side. */
    private static final double CONTEXT_FLOOR = 0.5;

    /** A candidate place and its score, 0..1. */
    record Found(int start, int end, int errors, double score) {
    }

    private QuoteSearch() {
    }

    /** The best of the quote's exact occurrences, if it occurs at all. */
    static Optional<Found> exact(String text, TextQuote quote) {
        List<ApproximateSearch.Match> matches = new ArrayList<>();
        int length = quote.exact().length();
        for (int at = text.indexOf(quote.exact()); at >= 0; at = text.indexOf(quote.exact(), at + 1)) {
            matches.add(new ApproximateSearch.Match(at, at + length, 0));
        }
        return best(text, quote, matches, false);
    }

    /** The best place within {@code maxErrors} edits of the quote, if one has enough context. */
    static Optional<Found> approximate(String text, TextQuote quote, int maxErrors) {
        return best(text, quote, ApproximateSearch.search(text, quote.exact(), maxErrors), true);
    }

    private static Optional<Found> best(String text, TextQuote quote, List<ApproximateSearch.Match> matches,
                                        boolean needContext) {
        Found best = null;
        for (ApproximateSearch.Match match : matches) {
            double prefix = prefixScore(text, quote, match.start());
            double suffix = suffixScore(text, quote, match.end());
            if (needContext && Math.max(prefix, suffix) < CONTEXT_FLOOR && hasContext(quote)) {
                continue;
            }
            double position = text.isEmpty() ? 1 : 1 - (double) Math.abs(match.start() - quote.hint()) / text.length();
            double quoteScore = 1 - (double) match.errors() / quote.exact().length();
            double score = (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix
                    + POSITION_WEIGHT * position) / MAX_SCORE;
            if (best == null || score > best.score()) {
                best = new Found(match.start(), match.end(), match.errors(), score);
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean hasContext(TextQuote quote) {
        return !quote.prefix().isEmpty() || !quote.suffix().isEmpty();
    }

    /** 1 for a quote known to start its text; else how close the text before the place is to the prefix. */
    static double prefixScore(String text, TextQuote quote, int start) {
        if (quote.prefix().isEmpty()) {
            return 1;
        }
        String before = text.substring(Math.max(0, start - quote.prefix().length()), start);
        return closeness(before, quote.prefix());
    }

    static double suffixScore(String text, TextQuote quote, int end) {
        if (quote.suffix().isEmpty()) {
            return 1;
        }
        String after = text.substring(end, Math.min(text.length(), end + quote.suffix().length()));
        return closeness(after, quote.suffix());
    }

    private static double closeness(String found, String expected) {
        if (found.isEmpty()) {
            return 0;
        }
        return Math.max(0, 1 - (double) ApproximateSearch.distance(found, expected) / expected.length());
    }
}
