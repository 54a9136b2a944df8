package org.factdesk.logic.anchoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a pattern occurs in a text with at most k edits (insertions, deletions, substitutions of UTF-16
 * units), with Myers' bit-parallel algorithm in Hyyrö's block form: one column of the edit-distance table per
 * text character, 64 rows per {@code long}, so a text of n characters and a pattern of m cost n·⌈m/64⌉ word
 * steps. This is the approach of the Hypothesis annotation client's {@code approx-string-match} (G. Myers, "A
 * fast bit-vector algorithm for approximate string matching based on dynamic programming", J. ACM 46(3), 1999;
 * H. Hyyrö, "Explaining and extending the bit-parallel approximate string matching algorithm of Myers", 2001),
 * written anew here. Each run of adjacent match ends gives one candidate, its best end; its start is then found
 * by a small dynamic programme over the window before it. Stateless; any thread.
 */
final class ApproximateSearch {

    /** One occurrence: {@code text.substring(start, end)} is {@code errors} edits from the pattern. */
    record Match(int start, int end, int errors) {
    }

    /** Where an occurrence ends and its edits, its start not yet looked for ({@link #startOf}). */
    record End(int end, int errors) {
    }

    private static final int WORD = 64;

    private ApproximateSearch() {
    }

    /** The best occurrence of each run of match ends, in text order; empty when none is within {@code maxErrors}. */
    static List<Match> search(String text, String pattern, int maxErrors) {
        List<Match> matches = new ArrayList<>();
        for (End end : ends(text, pattern, maxErrors)) {
            matches.add(startOf(text, pattern, end));
        }
        return matches;
    }

    /**
     * The best end of each run of match ends, in text order, without their starts: a caller that scores the
     * candidates can look for the start of only those that may win.
     */
    static List<End> ends(String text, String pattern, int maxErrors) {
        if (pattern.isEmpty() || maxErrors < 0) {
            return List.of();
        }
        Runs runs = new Runs(maxErrors, 0, 0, Integer.MAX_VALUE, true);
        scan(text, PatternMasks.of(pattern), pattern.length(), 0, runs);
        return runs.finish();
    }

    /**
     * The same candidates as {@link #ends} gives for every run of match ends that holds an end in
     * {@code from..to} (and perhaps some runs before), found by scanning only around that range. An end more
     * than {@code m + maxErrors} characters after where the scan starts has the edits the whole scan gives it if
     * they are within the bound (a match that close is at most that long), so the scan starts that much before
     * the first end it must judge, and further back while the run holding {@code from} might have begun
     * earlier; it stops at the first end past {@code to} outside the bound.
     */
    static List<End> endsAround(String text, String pattern, PatternMasks masks, int maxErrors, int from, int to) {
        int first = Math.max(1, from);
        int last = Math.min(text.length(), to);
        if (pattern.isEmpty() || maxErrors < 0 || first > last) {
            return List.of();
        }
        int reach = pattern.length() + maxErrors;
        for (long slack = reach; ; slack *= 2) {
            int start = (int) Math.max(0, first - reach - slack);
            Runs runs = new Runs(maxErrors, start == 0 ? 0 : start + reach, first, last, start == 0);
            scan(text, masks, pattern.length(), start, runs);
            if (!runs.beganEarlier) {
                return runs.finish();
            }
        }
    }

    /** The occurrence ending at {@code end}: its start, with the same edits. */
    static Match startOf(String text, String pattern, End end) {
        return withStart(text, pattern, end.end(), end.errors());
    }

    private static void scan(String text, PatternMasks masks, int m, int start, Runs runs) {
        if (m <= WORD) {
            oneWord(text, masks, m, start, runs);
        } else {
            inBlocks(text, masks, m, start, runs);
        }
    }

    /**
     * A pattern of at most 64 characters is one word: the block step of {@link #inBlocks} with no carry into the
     * top row, in local variables, and no cut-off to keep.
     */
    private static void oneWord(String text, PatternMasks masks, int m, int start, Runs runs) {
        long pv = -1L;
        long mv = 0;
        int score = m;
        long lastRow = 1L << (m - 1);
        for (int j = start; j < text.length(); j++) {
            long eq = masks.bits(masks.offset(text.charAt(j)), 0);
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            score += ((ph & lastRow) != 0 ? 1 : 0) - ((mh & lastRow) != 0 ? 1 : 0);
            ph <<= 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            if (!runs.step(j + 1, score)) {
                return;
            }
        }
    }

    private static void inBlocks(String text, PatternMasks masks, int m, int start, Runs runs) {
        int maxErrors = runs.maxErrors;
        int blocks = masks.blocks();
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        int last = blocks - 1;
        long lastRow = 1L << ((m - 1) % WORD);
        // Ukkonen's cut-off: only the blocks down to the last one whose bottom row can still be within the
        // bound are computed ("active"); score[b] is the value of block b's bottom row in the current column.
        int[] score = new int[blocks];
        int active = Math.max(0, (maxErrors + WORD - 1) / WORD - 1);
        active = Math.min(active, last);
        for (int b = 0; b <= active; b++) {
            pv[b] = -1L;
            score[b] = Math.min((b + 1) * WORD, m);
        }
        for (int j = start; j < text.length(); j++) {
            int eq = masks.offset(text.charAt(j));
            int carry = 0;
            for (int b = 0; b <= active; b++) {
                carry = advance(pv, mv, b, masks.bits(eq, b), carry, b == last ? lastRow : Long.MIN_VALUE);
                score[b] += carry;
            }
            if (score[active] - carry <= maxErrors && active < last
                    && ((masks.bits(eq, active + 1) & 1L) != 0 || carry < 0)) {
                active++;
                pv[active] = -1L;
                mv[active] = 0;
                int rows = active == last ? m - active * WORD : WORD;
                score[active] = score[active - 1] + rows - carry + advance(pv, mv, active, masks.bits(eq, active),
                        carry, active == last ? lastRow : Long.MIN_VALUE);
            } else {
                while (active > 0 && score[active] >= maxErrors + WORD) {
                    active--;
                }
            }
            if (!runs.step(j + 1, active == last ? score[last] : Integer.MAX_VALUE)) {
                return;
            }
        }
    }

    /**
     * Gathers the best end (fewest edits, the first of equals) of each run of ends within the bound, from the
     * first end it can judge ({@code judgedFrom}) once it has seen where a run may begin, and says when the scan
     * may stop: at the first end past {@code to} outside the bound.
     */
    private static final class Runs {

        private final int maxErrors;
        private final int judgedFrom;
        private final int from;
        private final int to;
        private final List<End> ends = new ArrayList<>();
        /** Whether an end outside the bound (or the text's start) came before the ends gathered. */
        private boolean boundarySeen;
        /** Set when the run holding {@code from} may have begun before the first end judged: scan again. */
        private boolean beganEarlier;
        private int bestEnd = -1;
        private int bestErrors = Integer.MAX_VALUE;

        Runs(int maxErrors, int judgedFrom, int from, int to, boolean atTextStart) {
            this.maxErrors = maxErrors;
            this.judgedFrom = judgedFrom;
            this.from = from;
            this.to = to;
            this.boundarySeen = atTextStart;
        }

        /** Takes the edits at one end; false once the scan may stop. */
        boolean step(int end, int errors) {
            if (!boundarySeen) {
                if (end < judgedFrom) {
                    return true;
                }
                if (errors > maxErrors) {
                    boundarySeen = true;
                    return true;
                }
                beganEarlier = end >= from;
                return !beganEarlier;
            }
            if (errors <= maxErrors) {
                if (errors < bestErrors) {
                    bestErrors = errors;
                    bestEnd = end;
                }
                return true;
            }
            if (bestEnd >= 0) {
                finishRun();
            }
            return end < to;
        }

        List<End> finish() {
            if (bestEnd >= 0) {
                finishRun();
            }
            return ends;
        }

        private void finishRun() {
            ends.add(new End(bestEnd, bestErrors));
            bestEnd = -1;
            bestErrors = Integer.MAX_VALUE;
        }
    }

    /**
     * One block's step down one text column. {@code carryIn} is the horizontal difference entering the block's
     * top row (-1, 0 or +1); returns the one leaving its bottom row ({@code lastRow} marks that row's bit).
     */
    private static int advance(long[] pv, long[] mv, int b, long eq, int carryIn, long lastRow) {
        long p = pv[b];
        long n = mv[b];
        long carryNegative = carryIn < 0 ? 1L : 0L;
        long equal = eq | carryNegative;
        long xv = equal | n;
        long xh = (((equal & p) + p) ^ p) | equal;
        long ph = n | ~(xh | p);
        long mh = p & xh;
        int carryOut = ((ph & lastRow) != 0 ? 1 : 0) - ((mh & lastRow) != 0 ? 1 : 0);
        ph = (ph << 1) | (carryIn > 0 ? 1L : 0L);
        mh = (mh << 1) | carryNegative;
        pv[b] = mh | ~(xv | ph);
        mv[b] = ph & xv;
        return carryOut;
    }

    /**
     * The start of the occurrence ending at {@code end}: the one of least edits over the window that can hold
     * it, and of those the one whose length is nearest the pattern's. Only the band of cells within
     * {@code errors} of the diagonal is computed: a cell outside it costs more than {@code errors}, and so does
     * every alignment through it, so it can neither be the best nor lead to it.
     */
    private static Match withStart(String text, String pattern, int end, int errors) {
        // The best alignment ending at {@code end} is {@code errors} edits, so it is at most m + errors long.
        int m = pattern.length();
        int from = Math.max(0, end - m - errors);
        int width = end - from;
        int beyond = m + width + 1;
        // row[len]: edits between the pattern's last i characters and the window's last len characters, for
        // |len - i| <= errors; the cell just past either edge of the band holds {@code beyond}.
        int[] row = new int[width + 2];
        int[] next = new int[width + 2];
        for (int len = 0; len <= Math.min(width, errors); len++) {
            row[len] = len;
        }
        row[Math.min(width, errors) + 1] = beyond;
        for (int i = 1; i <= m; i++) {
            char p = pattern.charAt(m - i);
            int low = Math.max(0, i - errors);
            int high = Math.min(width, i + errors);
            if (low == 0) {
                next[0] = i;
            } else {
                next[low - 1] = beyond;
            }
            for (int len = Math.max(1, low); len <= high; len++) {
                int substitute = row[len - 1] + (p == text.charAt(end - len) ? 0 : 1);
                next[len] = Math.min(substitute, Math.min(row[len] + 1, next[len - 1] + 1));
            }
            next[high + 1] = beyond;
            int[] swap = row;
            row = next;
            next = swap;
        }
        int bestLength = 0;
        int best = Integer.MAX_VALUE;
        for (int len = Math.max(0, m - errors); len <= Math.min(width, m + errors); len++) {
            if (row[len] < best || (row[len] == best && Math.abs(len - m) < Math.abs(bestLength - m))) {
                best = row[len];
                bestLength = len;
            }
        }
        return new Match(end - bestLength, end, best);
    }

    /** Levenshtein distance between two short strings (the context either side of a quote). */
    static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        int[] next = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            next[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = row[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                next[j] = Math.min(substitute, Math.min(row[j] + 1, next[j - 1] + 1));
            }
            int[] swap = row;
            row = next;
            next = swap;
        }
        return row[b.length()];
    }
}
