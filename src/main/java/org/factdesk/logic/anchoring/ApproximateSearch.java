package org.factdesk.logic.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private static final int WORD = 64;
    private static final int ASCII = 128;

    private ApproximateSearch() {
    }

    /** The best occurrence of each run of match ends, in text order; empty when none is within {@code maxErrors}. */
    static List<Match> search(String text, String pattern, int maxErrors) {
        int m = pattern.length();
        if (m == 0 || maxErrors < 0) {
            return List.of();
        }
        int blocks = (m + WORD - 1) / WORD;
        long[] none = new long[blocks];
        Map<Character, long[]> peq = positions(pattern, blocks);
        // Most text is ASCII: an array for it spares a boxed map lookup per character of the text.
        long[][] ascii = new long[ASCII][];
        Arrays.fill(ascii, none);
        peq.forEach((c, bits) -> {
            if (c < ASCII) {
                ascii[c] = bits;
            }
        });
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
        List<Match> matches = new ArrayList<>();
        int bestEnd = -1;
        int bestErrors = Integer.MAX_VALUE;
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            long[] eq = c < ASCII ? ascii[c] : peq.getOrDefault(c, none);
            int carry = 0;
            for (int b = 0; b <= active; b++) {
                carry = advance(pv, mv, b, eq[b], carry, b == last ? lastRow : Long.MIN_VALUE);
                score[b] += carry;
            }
            if (score[active] - carry <= maxErrors && active < last && ((eq[active + 1] & 1L) != 0 || carry < 0)) {
                active++;
                pv[active] = -1L;
                mv[active] = 0;
                int rows = active == last ? m - active * WORD : WORD;
                score[active] = score[active - 1] + rows - carry
                        + advance(pv, mv, active, eq[active], carry, active == last ? lastRow : Long.MIN_VALUE);
            } else {
                while (active > 0 && score[active] >= maxErrors + WORD) {
                    active--;
                }
            }
            int errors = active == last ? score[last] : Integer.MAX_VALUE;
            if (errors <= maxErrors) {
                if (errors < bestErrors) {
                    bestErrors = errors;
                    bestEnd = j + 1;
                }
            } else if (bestEnd >= 0) {
                matches.add(withStart(text, pattern, bestEnd, bestErrors));
                bestEnd = -1;
                bestErrors = Integer.MAX_VALUE;
            }
        }
        if (bestEnd >= 0) {
            matches.add(withStart(text, pattern, bestEnd, bestErrors));
        }
        return matches;
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

    /** For each character of the pattern, a bit per pattern position where it occurs. */
    private static Map<Character, long[]> positions(String pattern, int blocks) {
        Map<Character, long[]> peq = new HashMap<>();
        for (int i = 0; i < pattern.length(); i++) {
            peq.computeIfAbsent(pattern.charAt(i), c -> new long[blocks])[i / WORD] |= 1L << (i % WORD);
        }
        return peq;
    }

    /**
     * The start of the occurrence ending at {@code end}: the one of least edits over the window that can hold
     * it, and of those the one whose length is nearest the pattern's.
     */
    private static Match withStart(String text, String pattern, int end, int errors) {
        // The best alignment ending at {@code end} is {@code errors} edits, so it is at most m + errors long.
        int m = pattern.length();
        int from = Math.max(0, end - m - errors);
        int width = end - from;
        // row[len]: edits between the pattern's last i characters and the window's last len characters.
        int[] row = new int[width + 1];
        int[] next = new int[width + 1];
        for (int len = 0; len <= width; len++) {
            row[len] = len;
        }
        for (int i = 1; i <= m; i++) {
            char p = pattern.charAt(m - i);
            next[0] = i;
            for (int len = 1; len <= width; len++) {
                int substitute = row[len - 1] + (p == text.charAt(end - len) ? 0 : 1);
                next[len] = Math.min(substitute, Math.min(row[len] + 1, next[len - 1] + 1));
            }
            int[] swap = row;
            row = next;
            next = swap;
        }
        int bestLength = 0;
        int best = Integer.MAX_VALUE;
        for (int len = 0; len <= width; len++) {
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
