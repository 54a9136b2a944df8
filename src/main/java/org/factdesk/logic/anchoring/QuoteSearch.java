package org.factdesk.logic.anchoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds a quote in a text and picks the best of its candidate places, scored as the Hypothesis client's
 * {@code match-quote} scores them: closeness to the quote (weight 50), to the text before (20) and after (20) it,
 * and to its old position (2). Exact occurrences are the candidates when there are any; then those where only the
 * spacing of the quote changed ({@link SpaceFoldedText}); otherwise the approximate ones within the edit bound ({@link ApproximateSearch}), of which only those whose context still
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
        return best(text, quote, matches);
    }

    /**
     * The best place where the quote's words occur with only their spacing changed (a run of whitespace for each
     * run in the quote, of any length and kind), as {@link #exact} scores them; none if the quote starts or ends
     * with whitespace or holds none.
     */
    static Optional<Found> spacingChanged(String text, SpaceFoldedText folded, TextQuote quote) {
        String exact = quote.exact();
        if (exact.isEmpty() || SpaceFoldedText.isSpace(exact.charAt(0))
                || SpaceFoldedText.isSpace(exact.charAt(exact.length() - 1))) {
            return Optional.empty();
        }
        String pattern = SpaceFoldedText.fold(exact);
        if (pattern.indexOf(' ') < 0) {
            return Optional.empty();
        }
        List<ApproximateSearch.Match> matches = new ArrayList<>();
        String in = folded.folded();
        for (int at = in.indexOf(pattern); at >= 0; at = in.indexOf(pattern, at + 1)) {
            matches.add(new ApproximateSearch.Match(folded.originalStart(at),
                    folded.originalEnd(at + pattern.length()), 0));
        }
        return best(text, quote, matches);
    }

    /**
     * The best place within {@code maxErrors} edits of the quote, if one has enough context: the same place as
     * scoring every candidate of the whole text ({@link ApproximateSearch#ends}) in text order, found with less
     * work. The candidates around {@code expectedStart} (where the quote is likely to be now) come first; the best
     * of them sets how many edits a candidate elsewhere may have and still score as well (the other parts of the
     * score being at most perfect), and only candidates that close are looked for in the rest of the text
     * ({@link PieceFilter}); when that bound is too loose to filter, the whole text is scanned.
     */
    static Optional<Found> approximate(String text, TextQuote quote, int maxErrors, int expectedStart) {
        String pattern = quote.exact();
        int reach = pattern.length() + maxErrors;
        PatternMasks masks = PatternMasks.of(pattern);
        long expectedEnd = (long) expectedStart + pattern.length();
        List<ApproximateSearch.End> near = ApproximateSearch.endsAround(text, pattern, masks, maxErrors,
                (int) Math.max(0, expectedEnd - reach), (int) Math.min(Integer.MAX_VALUE, expectedEnd + reach));
        Optional<Found> nearBest = bestOf(text, quote, near);
        int couldWin = nearBest.map(found -> errorsToReach(quote, found.score(), maxErrors)).orElse(maxErrors);
        if (couldWin < 0) {
            return nearBest;
        }
        Optional<List<PieceFilter.EndRange>> ranges = PieceFilter.endRanges(text, pattern, couldWin);
        long work = ranges.map(list -> list.stream().mapToLong(range -> range.to() - range.from() + 2L * reach)
                .sum()).orElse(Long.MAX_VALUE);
        if (work >= text.length()) {
            return bestOf(text, quote, ApproximateSearch.ends(text, pattern, maxErrors));
        }
        // Runs found twice (near and in a range, or in two ranges) are one candidate, keyed by their best end.
        TreeMap<Integer, ApproximateSearch.End> candidates = new TreeMap<>();
        near.forEach(end -> candidates.put(end.end(), end));
        for (PieceFilter.EndRange range : ranges.orElseThrow()) {
            ApproximateSearch.endsAround(text, pattern, masks, maxErrors, range.from(), range.to())
                    .forEach(end -> candidates.put(end.end(), end));
        }
        return bestOf(text, quote, new ArrayList<>(candidates.values()));
    }

    /** The most edits a candidate can have and still score {@code score} with a perfect context and position. */
    private static int errorsToReach(TextQuote quote, double score, int maxErrors) {
        int errors = maxErrors;
        while (errors >= 0 && score(quoteScore(quote, errors), 1, 1, 1) < score) {
            errors--;
        }
        return errors;
    }

    /**
     * The best of {@code ends} (in text order) with enough context, the first of equal scores: a candidate's
     * start (a small dynamic programme each) is looked for only while it could still win, since its score with a
     * perfect prefix and position bounds the real one from above.
     */
    private static Optional<Found> bestOf(String text, TextQuote quote, List<ApproximateSearch.End> ends) {
        int count = ends.size();
        double[] suffixes = new double[count];
        double[] bounds = new double[count];
        List<Integer> order = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ApproximateSearch.End end = ends.get(i);
            suffixes[i] = suffixScore(text, quote, end.end());
            bounds[i] = score(quoteScore(quote, end.errors()), 1, suffixes[i], 1);
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -bounds[i]).thenComparingInt(i -> i));
        Found best = null;
        int bestIndex = -1;
        for (int i : order) {
            if (best != null && bounds[i] < best.score()) {
                break;
            }
            ApproximateSearch.Match match = ApproximateSearch.startOf(text, quote.exact(), ends.get(i));
            double prefix = prefixScore(text, quote, match.start());
            if (Math.max(prefix, suffixes[i]) < CONTEXT_FLOOR && hasContext(quote)) {
                continue;
            }
            double score = score(quoteScore(quote, match.errors()), prefix, suffixes[i], position(text, quote, match));
            // Scored in text order, the first of equal scores would win: so does it here.
            if (best == null || score > best.score() || (score == best.score() && i < bestIndex)) {
                best = new Found(match.start(), match.end(), match.errors(), score);
                bestIndex = i;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The best scored of exact (or spacing-only) candidates, which need no context to be taken. */
    private static Optional<Found> best(String text, TextQuote quote, List<ApproximateSearch.Match> matches) {
        Found best = null;
        for (ApproximateSearch.Match match : matches) {
            double prefix = prefixScore(text, quote, match.start());
            double suffix = suffixScore(text, quote, match.end());
            double score = score(quoteScore(quote, match.errors()), prefix, suffix, position(text, quote, match));
            if (best == null || score > best.score()) {
                best = new Found(match.start(), match.end(), match.errors(), score);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The weighted score, 0..1. Rounding is monotonic, so with any part replaced by a greater value it is never
     * smaller: what makes {@link #approximate}'s bound safe.
     */
    private static double score(double quoteScore, double prefix, double suffix, double position) {
        return (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix
                + POSITION_WEIGHT * position) / MAX_SCORE;
    }

    private static double quoteScore(TextQuote quote, int errors) {
        return 1 - (double) errors / quote.exact().length();
    }

    private static double position(String text, TextQuote quote, ApproximateSearch.Match match) {
        return text.isEmpty() ? 1 : 1 - (double) Math.abs(match.start() - quote.hint()) / text.length();
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
