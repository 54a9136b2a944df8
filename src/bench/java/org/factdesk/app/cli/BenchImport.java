package org.factdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.ScratchFolder;
import org.factdesk.logic.bench.MixedArticles;
import org.factdesk.logic.duplicates.DuplicateSources;
import org.factdesk.logic.importing.ExtractedSource;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.logic.search.ProjectSearchIndex;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceOriginal;
import org.factdesk.store.H2ProjectFiles;

/**
 * The import figure of the benchmark (issue 8: 100 mixed articles in at most 10 s): writes 100 generated
 * articles (a third each a saved web page with site junk, a PDF and a Word file, {@link MixedArticles}) and adds
 * them to a copy of the benchmark's project the way {@code add-source} and the window's batch import do: the
 * project's sources read once as fingerprints for the duplicate check, then for each file its extraction, the
 * duplicate check, the source and its original bytes in one transaction, and the search index's update. Each run
 * starts from a fresh copy of the project, so every run adds the same 100 sources to the same 300. The first run
 * (in a JVM that has not read a PDF or a Word file yet) is reported apart. One measurement per instance, on the
 * calling thread.
 */
final class BenchImport {

    static final int ARTICLES = 100;
    static final int TARGET_MILLIS = 10_000;
    private static final long SEED = 20_261_130L;

    private final int runs;
    private final H2ProjectFiles files = new H2ProjectFiles();
    private final SourceFileReader reader = new SourceFileReader();

    /** Times of one run's parts, in milliseconds. */
    private record Parts(double known, double extract, double add, double index, int added) {

        double total() {
            return known + extract + add + index;
        }
    }

    BenchImport(int runs) {
        this.runs = runs;
    }

    BenchFigure measure(Path project, PrintWriter out) throws Exception {
        try (ScratchFolder folder = ScratchFolder.create("factdesk-bench-import")) {
            Path articles = Files.createDirectory(folder.path().resolve("articles"));
            List<Path> written = new ArrayList<>();
            for (MixedArticles.Written article : new MixedArticles(SEED).write(articles, ARTICLES)) {
                written.add(article.file());
            }
            double[] totals = new double[runs];
            for (int run = 0; run <= runs; run++) {
                Path copy = folder.path().resolve("copy-" + run + H2ProjectFiles.SUFFIX);
                Files.copy(project, copy, StandardCopyOption.REPLACE_EXISTING);
                Parts parts = importAll(copy, written);
                Files.deleteIfExists(copy);
                out.printf(Locale.ROOT, "Imported %d of %d articles%s in %.0f ms (fingerprints of the project %.0f, "
                                + "extraction %.0f, adding with originals %.0f, search index %.0f)%n", parts.added(),
                        ARTICLES, run == 0 ? " (first run)" : "", parts.total(), parts.known(), parts.extract(),
                        parts.add(), parts.index());
                out.flush();
                if (run > 0) {
                    totals[run - 1] = parts.total();
                }
            }
            return new BenchFigure("import " + ARTICLES + " articles", PairedTimer.median(totals), TARGET_MILLIS, 0)
                    .withP90(PairedTimer.p90(totals));
        }
    }

    private Parts importAll(Path file, List<Path> articles) throws Exception {
        double known = 0;
        double extract = 0;
        double add = 0;
        double index = 0;
        int added = 0;
        try (Project project = files.open(file); ProjectSearchIndex search = new ProjectSearchIndex()) {
            long start = System.nanoTime();
            DuplicateSources fingerprints = new DuplicateSources();
            for (Source source : project.library().sources()) {
                fingerprints.add(source.id(), source.url(), project.library().sourceText(source.id()));
            }
            known = millisSince(start);
            for (Path article : articles) {
                start = System.nanoTime();
                ExtractedSource extracted = reader.extract(article);
                Optional<Long> duplicate = fingerprints.duplicateOf(extracted.draft().url(), extracted.draft().text());
                extract += millisSince(start);
                if (duplicate.isPresent()) {
                    continue;
                }
                start = System.nanoTime();
                Source source = addWithOriginal(project, extracted, article);
                fingerprints.add(source.id(), source.url(), extracted.draft().text());
                add += millisSince(start);
                start = System.nanoTime();
                search.put(source, extracted.draft().text());
                index += millisSince(start);
                added++;
            }
        }
        return new Parts(known, extract, add, index, added);
    }

    /** As {@code add-source} adds a file: the source and its original in one transaction. */
    private static Source addWithOriginal(Project project, ExtractedSource extracted, Path file) {
        return project.inTransaction(() -> {
            Source added = project.library().addSource(extracted.draft());
            project.library().storeOriginal(added.id(), new SourceOriginal(String.valueOf(file.getFileName()),
                    extracted.mediaType(), extracted.original()));
            return added;
        });
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
