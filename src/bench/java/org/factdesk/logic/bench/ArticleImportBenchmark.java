package org.factdesk.logic.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.ScratchFolder;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.logic.importing.SourceImportException;

/**
 * Not a test: times reading 100 generated articles (a third each HTML, PDF and Word) into source drafts, as a
 * batch import does before it stores them. The target is the whole import of 100 such files in at most
 * 10 s on a 2-core machine; reading is the part measured here. Prints the first pass in a fresh JVM (class
 * loading and the libraries' first-use set-up included, as a user's first import of the day pays them) and the
 * median of later passes, with the time per kind, and the reading thread's CPU time beside each pass: on a
 * machine others are busy on, wall time grows with their load and CPU time does not. Run with
 * {@code java -cp target/factdesk-bench.jar org.factdesk.logic.bench.ArticleImportBenchmark [passes]}.
 * One thread, the import's worker.
 */
public final class ArticleImportBenchmark {

    static final int ARTICLES = 100;
    static final long TARGET_MILLIS = 10_000;
    private static final long SEED = 20_261_130L;

    private enum Kind { HTML, PDF, DOCX }

    private ArticleImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (ScratchFolder folder = ScratchFolder.create("article-import-benchmark")) {
            List<MixedArticles.Written> articles = new MixedArticles(SEED).write(folder.path(), ARTICLES);
            long bytes = 0;
            for (MixedArticles.Written article : articles) {
                bytes += Files.size(article.file());
            }
            System.out.printf(Locale.ROOT, "%d articles (%d each HTML/PDF/DOCX, about), %.1f MB on disk%n",
                    articles.size(), ARTICLES / 3, bytes / 1e6);
            double[] totals = new double[passes];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int pass = 0; pass < passes; pass++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                Map<Kind, Double> byKind = readAll(articles);
                double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                totals[pass] = byKind.values().stream().mapToDouble(Double::doubleValue).sum();
                System.out.printf(Locale.ROOT, "pass %d%s: %7.0f ms  (html %5.0f, pdf %5.0f, docx %5.0f)  cpu %6.0f ms"
                        + "%n", pass + 1, pass == 0 ? " (cold)" : "", totals[pass], byKind.get(Kind.HTML),
                        byKind.get(Kind.PDF), byKind.get(Kind.DOCX), cpu);
            }
            double cold = totals[0];
            double[] warm = Arrays.copyOfRange(totals, Math.min(1, passes - 1), passes);
            Arrays.sort(warm);
            double median = warm[warm.length / 2];
            System.out.printf(Locale.ROOT, "read %d articles   cold %6.0f ms   warm median %6.0f ms   target %d ms"
                    + "   %s%n", ARTICLES, cold, median, TARGET_MILLIS, cold <= TARGET_MILLIS ? "PASS" : "FAIL");
        }
    }

    private static Map<Kind, Double> readAll(List<MixedArticles.Written> articles)
            throws IOException, SourceImportException {
        SourceFileReader reader = new SourceFileReader();
        Map<Kind, Double> millis = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            millis.put(kind, 0.0);
        }
        for (MixedArticles.Written article : articles) {
            long start = System.nanoTime();
            reader.read(article.file());
            double took = (System.nanoTime() - start) / 1e6;
            millis.merge(Kind.valueOf(article.kind().toUpperCase(Locale.ROOT)), took, Double::sum);
        }
        return millis;
    }
}
