package org.factdesk.logic.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pigeonhole filter of approximate matching: cut a pattern into e + 1 pieces, and any place within e edits of
 * it holds at least one piece exactly (each edit spoils at most one piece). A piece found at text offset t, from
 * pattern offset o, puts the end of such a place within e of {@code t + m - o}. So a handful of
 * {@link String#indexOf} calls give the few stretches of the text where a match can end, and only those need the
 * bit-parallel scan. Worth it only while the pieces are long enough to be rare. Stateless; any thread.
 */
final class PieceFilter {

    /** Shorter pieces occur all over a text and filter nothing. */
    static final int MIN_PIECE = 8;

    /** An inclusive range of end offsets. */
    record EndRange(int from, int to) {
    }

    private PieceFilter() {
    }

    /**
     * The merged ranges, in text order, where a place within {@code maxErrors} edits of the pattern can end; empty
     * when the pieces would be shorter than {@link #MIN_PIECE}.
     */
    static Optional<List<EndRange>> endRanges(String text, String pattern, int maxErrors) {
        int m = pattern.length();
        int pieces = maxErrors + 1;
        if (maxErrors < 0 || m / pieces < MIN_PIECE) {
            return Optional.empty();
        }
        List<EndRange> ranges = new ArrayList<>();
        for (int i = 0; i < pieces; i++) {
            int offset = (int) ((long) i * m / pieces);
            String piece = pattern.substring(offset, (int) ((long) (i + 1) * m / pieces));
            for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
                int end = at + m - offset;
                ranges.add(new EndRange(Math.max(1, end - maxErrors), Math.min(text.length(), end + maxErrors)));
            }
        }
        ranges.sort((a, b) -> Integer.compare(a.from(), b.from()));
        List<EndRange> merged = new ArrayList<>();
        for (EndRange range : ranges) {
            EndRange previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && range.from() <= previous.to() + 1) {
                merged.set(merged.size() - 1, new EndRange(previous.from(), Math.max(previous.to(), range.to())));
            } else if (range.from() <= range.to()) {
                merged.add(range);
            }
        }
        return Optional.of(merged);
    }
}
