package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the passage of a source that comes nearest a quote that is not in it: the run of as many words as the
 * quote has that shares the most words with it (counted with repeats). Word-based rather than an edit distance,
 * so a paraphrase with its words reordered still finds the sentence it came from. One pass over the source's
 * characters per quote, without cutting the source into strings: each word is known by a hash of its lower-cased
 * characters. Stateless; any thread.
 */
final class NearestPassage {

    /** The best run of words of one source, and how many of the quote's words it holds. */
    record Near(long sourceId, int start, int end, int shared) {
    }

    private NearestPassage() {
    }

    /** The nearest run of words in {@code text}, if any word of the quote occurs in it at all. */
    static Optional<Near> in(long sourceId, String text, List<String> quote) {
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        List<Long> distinct = new ArrayList<>();
        List<Integer> wantedList = new ArrayList<>();
        for (String word : quote) {
            long hash = hash(word.toLowerCase(Locale.ROOT), 0, word.length());
            int at = distinct.indexOf(hash);
            if (at < 0) {
                distinct.add(hash);
                wantedList.add(1);
            } else {
                wantedList.set(at, wantedList.get(at) + 1);
            }
        }
        long[] hashes = distinct.stream().mapToLong(Long::longValue).toArray();
        int[] wanted = wantedList.stream().mapToInt(Integer::intValue).toArray();
        int[] inWindow = new int[hashes.length];
        int width = quote.size();
        int[] ids = new int[width];
        int[] starts = new int[width];
        int[] ends = new int[width];
        int count = 0;
        int shared = 0;
        Near best = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            long hash = 0;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || Words.isInnerMark(text, i))) {
                hash = step(hash, Character.toLowerCase(text.charAt(i)));
                i++;
            }
            int slot = count % width;
            if (count >= width && ids[slot] >= 0) {
                shared -= --inWindow[ids[slot]] < wanted[ids[slot]] ? 1 : 0;
            }
            int id = indexOf(hashes, hash);
            if (id >= 0) {
                shared += inWindow[id]++ < wanted[id] ? 1 : 0;
            }
            ids[slot] = id;
            starts[slot] = start;
            ends[slot] = i;
            count++;
            if (shared > 0 && (best == null || shared > best.shared())) {
                int first = count <= width ? 0 : count % width;
                best = new Near(sourceId, starts[first], i, shared);
            }
        }
        return Optional.ofNullable(best);
    }

    private static int indexOf(long[] hashes, long hash) {
        for (int k = 0; k < hashes.length; k++) {
            if (hashes[k] == hash) {
                return k;
            }
        }
        return -1;
    }

    private static long hash(String word, int from, int to) {
        long hash = 0;
        for (int k = from; k < to; k++) {
            hash = step(hash, word.charAt(k));
        }
        return hash;
    }

    private static long step(long hash, char c) {
        return (hash ^ c) * 0x100000001B3L;
    }
}
