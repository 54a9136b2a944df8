package org.factdesk.logic.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the passage of a source that comes nearest a quote that is not in it: the run of as many words as the
 * quote has that shares the most words with it (counted with repeats). Word-based rather than an edit distance,
 * so a paraphrase with its words reordered still finds the sentence it came from. One pass over the source's
 * words per quote. Stateless; any thread.
 */
final class NearestPassage {

    /** The best run of words of one source, and how many of the quote's words it holds. */
    record Near(long sourceId, int start, int end, int shared) {
    }

    private NearestPassage() {
    }

    /** The nearest run of words in {@code source}, if any word of the quote occurs in it at all. */
    static Optional<Near> in(long sourceId, Words source, List<String> quote) {
        if (quote.isEmpty() || source.size() == 0) {
            return Optional.empty();
        }
        Map<String, Integer> wanted = new HashMap<>();
        quote.forEach(word -> wanted.merge(word, 1, Integer::sum));
        Map<String, Integer> inWindow = new HashMap<>();
        int width = Math.min(quote.size(), source.size());
        int shared = 0;
        int best = 0;
        int bestFirst = 0;
        for (int k = 0; k < source.size(); k++) {
            shared += enter(source.words.get(k), wanted, inWindow);
            if (k >= width) {
                shared -= leave(source.words.get(k - width), wanted, inWindow);
            }
            if (shared > best) {
                best = shared;
                bestFirst = Math.max(0, k - width + 1);
            }
        }
        if (best == 0) {
            return Optional.empty();
        }
        int last = Math.min(source.size(), bestFirst + width) - 1;
        return Optional.of(new Near(sourceId, source.start(bestFirst), source.end(last), best));
    }

    private static int enter(String word, Map<String, Integer> wanted, Map<String, Integer> inWindow) {
        Integer want = wanted.get(word);
        if (want == null) {
            return 0;
        }
        int had = inWindow.merge(word, 1, Integer::sum) - 1;
        return had < want ? 1 : 0;
    }

    private static int leave(String word, Map<String, Integer> wanted, Map<String, Integer> inWindow) {
        Integer want = wanted.get(word);
        if (want == null) {
            return 0;
        }
        int left = inWindow.merge(word, -1, Integer::sum);
        return left < want ? 1 : 0;
    }
}
