package org.factdesk.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.logic.search.ProjectSearchIndex;
import org.factdesk.logic.search.SearchQuery;
import org.factdesk.model.Project;
import org.factdesk.model.Source;

/**
 * The search figure of the benchmark: builds the project's search index once (and reports how long that took),
 * then times a phrase search as the window runs it (up to {@link ProjectSearchIndex#WINDOW_HIT_LIMIT} hits with
 * their snippets) against a plain, case-sensitive {@code indexOf} scan of the same texts held in memory. One
 * measurement per instance, on the calling thread.
 */
final class BenchSearch {

    /** A phrase the generated prose uses in many sources (one of its "things"). */
    static final String PHRASE = "\"night ferry\"";
    static final int TARGET_MILLIS = 50;

    private final int runs;

    BenchSearch(int runs) {
        this.runs = runs;
    }

    BenchFigure measure(Project project, PrintWriter out) throws Exception {
        List<Source> sources = project.library().sources();
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (Source source : sources) {
            String text = project.library().sourceText(source.id());
            texts.add(text);
            chars += text.length();
        }
        SearchQuery query = SearchQuery.parse(PHRASE);
        long start = System.nanoTime();
        try (ProjectSearchIndex index = new ProjectSearchIndex()) {
            for (int i = 0; i < sources.size(); i++) {
                index.put(sources.get(i), texts.get(i));
            }
            int firstHits = index.search(query, ProjectSearchIndex.WINDOW_HIT_LIMIT).hitCount();
            out.printf(Locale.ROOT, "Indexed %d sources (%.1f MB of text) for search in %.2f s; %s has %d hits "
                            + "(the window lists up to %d)%n", sources.size(), chars / 1_000_000.0,
                    (System.nanoTime() - start) / 1e9, PHRASE, firstHits, ProjectSearchIndex.WINDOW_HIT_LIMIT);
            out.flush();
            String plain = PHRASE.replace("\"", "");
            PairedTimer.Medians medians = new PairedTimer(5, runs).measure(
                    () -> index.search(query, ProjectSearchIndex.WINDOW_HIT_LIMIT).hitCount(),
                    () -> countOccurrences(texts, plain));
            return new BenchFigure("search phrase", medians.appMillis(), TARGET_MILLIS, medians.rawMillis(),
                    "raw scan").withP90(medians.appP90Millis());
        }
    }

    static long countOccurrences(List<String> texts, String phrase) {
        long found = 0;
        for (String text : texts) {
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                found++;
            }
        }
        return found;
    }
}
