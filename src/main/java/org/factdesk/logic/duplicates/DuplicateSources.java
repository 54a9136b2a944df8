package org.factdesk.logic.duplicates;

import org.factdesk.model.Source;
import org.factdesk.model.SourceLibrary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sources a project already has, as fingerprints, and the question an import asks of each new article: is
 * it one of these? It is when its address names the same page, or when its text is nearly identical (at least
 * {@link #SAME_TEXT} of its five-word sequences in common). Not thread-safe: one import at a time.
 */
public final class DuplicateSources {

    /** The share of shared five-word sequences from which two texts count as the same article. */
    public static final double SAME_TEXT = 0.8;

    private final Map<Long, ArticleFingerprint> known = new LinkedHashMap<>();

    /** Every source of {@code library}, read from it: storage work, so off the JavaFX thread. */
    public static DuplicateSources of(SourceLibrary library) {
        DuplicateSources known = new DuplicateSources();
        for (Source source : library.sources()) {
            known.add(source.id(), source.url(), library.sourceText(source.id()));
        }
        return known;
    }

    /** Remembers a source of the project (or one just added), by its id. */
    public void add(long sourceId, String url, String text) {
        known.put(sourceId, ArticleFingerprint.of(url, text));
    }

    /** The id of the known source this article is a copy of, the first by address, else the most similar text. */
    public Optional<Long> duplicateOf(String url, String text) {
        ArticleFingerprint article = ArticleFingerprint.of(url, text);
        long best = 0;
        double bestSimilarity = 0;
        for (Map.Entry<Long, ArticleFingerprint> entry : known.entrySet()) {
            if (entry.getValue().sameAddress(article)) {
                return Optional.of(entry.getKey());
            }
            double similarity = entry.getValue().similarity(article);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = entry.getKey();
            }
        }
        return bestSimilarity >= SAME_TEXT ? Optional.of(best) : Optional.empty();
    }
}
