package org.factdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.factdesk.logic.bench.LargeProjectGenerator;
import org.factdesk.logic.bench.ReanchoringBenchmark;
import org.factdesk.logic.export.ExportFormat;
import org.factdesk.logic.export.StoryExports;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.Story;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.store.RawStoryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar factdesk-bench.jar} (see {@link BenchCli}): generates a large project (or reuses one) and
 * reports its figures against their targets: opening, exports and search, each next to a raw JDBC read of the
 * same rows (for search, a plain scan of the same texts), and re-anchoring 300 excerpts after a correction
 * ({@link ReanchoringBenchmark}). It is a report: it exits 0 even when a figure misses its target, and non-zero
 * only when the benchmark itself cannot run. One run, on the calling thread.
 */
@Command(name = "factdesk-bench", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Measure opening, loading, exporting and searching on a generated large project (300 "
                + "sources, about 10 MB of text, 40 stories of 25 facts) and compare with raw JDBC reads (a plain "
                + "text scan for search).")
final class BenchCommand implements Callable<Integer> {

    static final long SEED = 20_310_408L;
    private static final int OPEN_TARGET = 300;
    private static final int ONE_EXPORT_TARGET = 20;
    private static final int ALL_EXPORTS_TARGET = 500;
    /** Each import run takes seconds: a few runs give its median. */
    private static final int IMPORT_RUNS = 5;

    @Option(names = "--project", paramLabel = "<file>",
            description = "Keep the generated project in this file, or reuse it if it already exists.")
    Path projectOption;

    @Option(names = "--runs", paramLabel = "<n>", defaultValue = "15",
            description = "Measured runs per figure, at least 1 (default: ${DEFAULT-VALUE}; the one-story export "
                    + "runs 3 times as often).")
    int runs;

    @Option(names = "--debug", description = "Print the stack trace of an error as well as its one-line message.")
    boolean debug;

    @Spec
    CommandSpec spec;

    private final H2ProjectFiles files = new H2ProjectFiles();

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            // A usage mistake, not a failure of the benchmark: checked before anything is generated.
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1 (it was " + runs + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = null;
        Path file;
        if (projectOption != null) {
            file = H2ProjectFiles.withSuffix(projectOption.toAbsolutePath());
        } else {
            folder = Files.createTempDirectory("factdesk-bench");
            file = folder.resolve("bench" + H2ProjectFiles.SUFFIX);
        }
        try {
            prepare(file, out);
            List<BenchFigure> figures = measure(file, out);
            out.println();
            figures.forEach(figure -> out.println(figure.line()));
            out.println();
            figures.forEach(figure -> out.println(figure.verdict()));
            out.println();
            figures.forEach(figure -> out.println(figure.spreadLine()));
        } finally {
            out.flush();
            if (folder != null) {
                deleteTree(folder);
            }
        }
        return FactdeskCli.EXIT_OK;
    }

    private void prepare(Path file, PrintWriter out) throws ProjectFileException {
        if (Files.exists(file)) {
            out.println("Using the existing project " + file);
            out.flush();
            return;
        }
        LargeProjectGenerator.Size size = LargeProjectGenerator.Size.LARGE;
        out.println("Generating " + size.sources() + " sources and " + size.stories() + " stories in " + file
                + " ...");
        out.flush();
        long start = System.nanoTime();
        try (Project project = files.openOrCreate(file)) {
            LargeProjectGenerator.Summary summary = new LargeProjectGenerator(SEED, size).generate(project);
            out.printf(Locale.ROOT, "Generated %d sources (%.1f MB of text), %d excerpts, %d stories, %d facts, "
                            + "%d citations, %d narratives in %.1f s%n", summary.sources(),
                    summary.textChars() / 1_000_000.0, summary.excerpts(), summary.stories(), summary.facts(),
                    summary.citations(), summary.narratives(), (System.nanoTime() - start) / 1e9);
        }
        out.flush();
    }

    private List<BenchFigure> measure(Path file, PrintWriter out) throws Exception {
        List<Long> storyIds;
        try (Project project = files.open(file)) {
            storyIds = project.stories().stories().stream().map(Story::id).toList();
        }
        if (storyIds.isEmpty()) {
            throw new UserError(file.getFileName() + " has no stories to measure.");
        }
        long storyId = storyIds.get(storyIds.size() / 2);
        out.println("Measuring story " + storyId + " and all " + storyIds.size() + " stories, " + runs
                + " runs per figure after warm-up ...");
        out.flush();

        List<BenchFigure> figures = new ArrayList<>();
        PairedTimer.Medians open = new PairedTimer(3, runs).measure(
                () -> openAndLoad(file, storyId),
                () -> {
                    try (RawStoryReader raw = RawStoryReader.open(file)) {
                        return (long) raw.readStory(storyId).size() + raw.readSourceList().size();
                    }
                });
        figures.add(new BenchFigure("open+load story", open.appMillis(), OPEN_TARGET, open.rawMillis())
                .withP90(open.appP90Millis()));

        StoryExports exports = new StoryExports();
        try (Project project = files.open(file); RawStoryReader raw = RawStoryReader.open(file)) {
            PairedTimer.Medians one = new PairedTimer(20, 3 * runs).measure(
                    () -> exports.export(project, storyId, ExportFormat.HTML).length(),
                    () -> raw.readStory(storyId).size());
            figures.add(new BenchFigure("export 1 story html", one.appMillis(), ONE_EXPORT_TARGET, one.rawMillis())
                    .withP90(one.appP90Millis()));

            PairedTimer.Medians all = new PairedTimer(3, runs).measure(
                    () -> {
                        long length = 0;
                        for (long id : storyIds) {
                            length += exports.export(project, id, ExportFormat.HTML).length();
                        }
                        return length;
                    },
                    () -> {
                        long rows = 0;
                        for (long id : storyIds) {
                            rows += raw.readStory(id).size();
                        }
                        return rows;
                    });
            figures.add(new BenchFigure("export " + storyIds.size() + " stories html", all.appMillis(),
                    ALL_EXPORTS_TARGET, all.rawMillis()).withP90(all.appP90Millis()));

            figures.add(new BenchSearch(runs).measure(project, out));
            figures.add(new BenchChecks(runs).measure(project, storyId));
        }
        figures.add(new BenchImport(Math.min(runs, IMPORT_RUNS)).measure(file, out));
        ReanchoringBenchmark.Result reanchored = ReanchoringBenchmark.measure(SEED, runs);
        out.printf(Locale.ROOT, "Re-anchored %d excerpts after a correction: %d unchanged, %d moved, %d orphaned%n",
                ReanchoringBenchmark.EXCERPTS, reanchored.unchanged(), reanchored.moved(), reanchored.orphaned());
        figures.add(new BenchFigure("re-anchor " + ReanchoringBenchmark.EXCERPTS + " excerpts",
                reanchored.medianMillis(), ReanchoringBenchmark.TARGET_MILLIS, 0).withP90(reanchored.p90Millis()));
        return figures;
    }

    /** What opening a project for one story costs the app: open, then the story and the source list. */
    private long openAndLoad(Path file, long storyId) throws ProjectFileException {
        Project project = files.open(file);
        try {
            return (long) project.stories().loadStory(storyId).facts().size() + project.library().sources().size();
        } finally {
            project.close();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
