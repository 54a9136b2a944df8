package org.factdesk.ui.source;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ScratchFolder;
import org.factdesk.logic.command.Passage;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Not a test: measures the production source pane against the target, "show a 2 MB source with 300
 * highlights in at most 100 ms". Writes a project (a 2 MB source of ordinary paragraphs, a small source, and a
 * story whose facts cite 300 passages of the big one), opens it in an {@link EditorSession}, and mounts the real
 * {@link SourcePane} in a 600x800 stage with AtlantaFX PrimerLight. Two figures, medians after a warm-up:
 * <ul>
 * <li>show: from the moment the source's text arrives on the JavaFX thread (the disk read in the background
 *     is excluded) to the first animation frame after the text is laid out with every highlight in place;
 *     selections alternate between the big and the small source;</li>
 * <li>re-highlight: from a story change (a fact added, then undone) to the first frame after layout with the
 *     new colours in place.</li>
 * </ul>
 * Run with a display (Xvfb):
 * {@code java -cp target/factdesk-bench.jar org.factdesk.ui.source.SourcePaneBenchmark}. The driver runs on its own
 * thread and hands each step to the JavaFX thread.
 */
public final class SourcePaneBenchmark {

    static final int TEXT_CHARS = 2 * 1024 * 1024;
    static final int HIGHLIGHTS = 300;
    static final int WARM_UP = 6;
    static final int RUNS = 15;
    static final long TARGET_MS = 100;

    public static void main(String[] args) {
        Application.launch(Run.class, args);
    }

    /** The stage with the pane; measurements are driven from a separate thread. */
    public static final class Run extends Application {

        private ScratchFolder folder;
        private ExecutorService projectThread;
        private EditorSession session;
        private SourcePane pane;
        private Scene scene;
        /** When the shown source's text last arrived on the JavaFX thread. */
        private long textArrived;
        private Runnable onText = () -> { };

        @Override
        @SuppressWarnings("FutureReturnValueIgnored") // the session prints its own failures
        public void start(Stage stage) throws Exception {
            folder = ScratchFolder.create("source-pane-benchmark");
            Path file = folder.path().resolve("bench.mv.db");
            long started = System.nanoTime();
            long storyId = writeProject(file);
            System.out.printf("project written in %d ms%n", (System.nanoTime() - started) / 1_000_000);

            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            projectThread = Executors.newSingleThreadExecutor();
            session = new EditorSession(new H2ProjectFiles(), projectThread, TaskRunner.withDaemonThreads(Platform::runLater),
                    (what, problem) -> problem.printStackTrace());
            SourcePaneModel model = new SourcePaneModel(session);
            // Registered before the pane's own listener, so it runs first: the moment the text arrives.
            model.textProperty().addListener((observable, old, now) -> {
                if (now != null) {
                    textArrived = System.nanoTime();
                    onText.run();
                }
            });
            pane = new SourcePane(model);
            scene = new Scene(pane, 600, 800);
            stage.setScene(scene);
            stage.show();
            session.open(file, false, storyId).thenRun(() -> {
                Thread driver = new Thread(this::drive, "benchmark-driver");
                driver.setDaemon(true);
                driver.start();
            });
        }

        @SuppressWarnings("CatchAndPrintStackTrace") // a command-line benchmark: the trace is its report
        private void drive() {
            try {
                Source big = onFx(() -> session.library().list().stream().filter(s -> s.title().startsWith("Big"))
                        .findFirst().orElseThrow());
                Source small = onFx(() -> session.library().list().stream().filter(s -> s.id() != big.id())
                        .findFirst().orElseThrow());
                long[] show = new long[RUNS];
                long[] smallShow = new long[RUNS];
                for (int run = -WARM_UP; run < RUNS; run++) {
                    long smallTime = measureShow(small); // the big source is shown first, when the project opens
                    long bigTime = measureShow(big);
                    if (run >= 0) {
                        show[run] = bigTime;
                        smallShow[run] = smallTime;
                    }
                }
                String text = onFx(() -> pane.model().textProperty().get());
                int passageStart = text.indexOf('.', text.length() / 2 + 7) + 2;
                long[] restyle = new long[RUNS * 2];
                for (int run = -WARM_UP; run < RUNS; run++) {
                    long added = measureStoryChange(() -> {
                        session.selection().selectFact(session.story().document().facts().get(0).id());
                        session.selection().selectPassage(Passage.of(big, text, passageStart,
                                passageStart + 120));
                        session.story().newFactFromSelection();
                    });
                    long removed = measureStoryChange(session.history()::undo);
                    if (run >= 0) {
                        restyle[run * 2] = added;
                        restyle[run * 2 + 1] = removed;
                    }
                }
                int ranges = onFx(() -> pane.model().highlightsProperty().get().size());
                int paragraphs = onFx(() -> pane.textArea().getParagraphs().size());
                System.out.printf("Source pane, %,d characters in %,d paragraphs, %d highlights, median of %d runs:%n",
                        text.length(), paragraphs, ranges, RUNS);
                System.out.printf("  show the 2 MB source:        %4d ms (target %d ms) %s%n", median(show),
                        TARGET_MS, Arrays.toString(millis(show)));
                System.out.printf("  show the small source:       %4d ms%n", median(smallShow));
                System.out.printf("  re-highlight (fact +/-):     %4d ms %s%n", median(restyle),
                        Arrays.toString(millis(restyle)));
            } catch (Throwable problem) {
                problem.printStackTrace();
            } finally {
                Platform.runLater(() -> {
                    session.closeCurrent();
                    projectThread.shutdown();
                    folder.close();
                    Platform.exit();
                });
            }
        }

        /** Selects {@code source}; nanoseconds from its text's arrival on the JavaFX thread to the frame after. */
        private long measureShow(Source source) throws Exception {
            CompletableFuture<Long> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                onText = () -> {
                    onText = () -> { };
                    long start = textArrived;
                    untilFrame(start, this::shownCompletely, done);
                };
                session.selection().selectSource(source);
            });
            try {
                return done.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                System.out.println("not shown: " + source.title() + ": " + onFx(this::diagnosis));
                throw e;
            }
        }

        private String diagnosis() {
            StyleClassedTextArea area = pane.textArea();
            String text = pane.model().textProperty().get();
            StringBuilder out = new StringBuilder("text " + (text == null ? null : text.length()) + ", area "
                    + area.getLength() + ", layout " + pane.isNeedsLayout() + area.isNeedsLayout());
            for (HighlightRange range : pane.model().highlightsProperty().get()) {
                Collection<String> style = area.getStyleOfChar(range.start() + 1);
                if (!style.containsAll(HighlightSpans.classesOf(range))) {
                    out.append(", ").append(range).append(" is ").append(style);
                    break;
                }
            }
            return out.toString();
        }

        /** Runs a story change on the JavaFX thread; nanoseconds to the frame after its highlights show. */
        private long measureStoryChange(Runnable change) throws Exception {
            CompletableFuture<Long> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = System.nanoTime();
                change.run();
                untilFrame(start, this::shownCompletely, done);
            });
            long time = done.get(60, TimeUnit.SECONDS);
            Thread.sleep(150); // let the project thread write the change before the next one
            return time;
        }

        /**
         * Completes {@code done} at the first animation frame at which {@code finished} holds: the pulse before
         * it has laid out (and handed to rendering) what the change produced.
         */
        private void untilFrame(long start, BooleanSupplier finished, CompletableFuture<Long> done) {
            new AnimationTimer() {
                @Override
                public void handle(long frame) {
                    long now = System.nanoTime();
                    if (finished.getAsBoolean()) {
                        stop();
                        done.complete(now - start);
                    }
                }
            }.start();
        }

        /** The model's text is in the area, laid out, and every highlight range has its fact's classes. */
        private boolean shownCompletely() {
            StyleClassedTextArea area = pane.textArea();
            String text = pane.model().textProperty().get();
            if (text == null || area.getLength() != text.length() || pane.isNeedsLayout() || area.isNeedsLayout()
                    || area.getVisibleParagraphs().isEmpty()) {
                return false;
            }
            for (HighlightRange range : pane.model().highlightsProperty().get()) {
                Collection<String> style = area.getStyleOfChar(range.start() + 1);
                if (!style.containsAll(HighlightSpans.classesOf(range))) {
                    return false;
                }
            }
            return true;
        }

        private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
            CompletableFuture<T> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(60, TimeUnit.SECONDS);
        }
    }

    /** A project with a 2 MB source, a small one, and a story citing 300 passages of the big one. */
    static long writeProject(Path file) throws Exception {
        Random random = new Random(42);
        try (Project project = new H2ProjectFiles().openOrCreate(file)) {
            return project.inTransaction(() -> {
                String bigText = paragraphs(random, TEXT_CHARS);
                Source big = project.library().addSource(new SourceDraft("Harbour Ledger", "Big: the harbour inquiry",
                        "Ada Korrin", "https://harbour-ledger.example/inquiry", LocalDate.of(2031, 3, 4), "",
                        bigText, "benchmark"));
                project.library().addSource(new SourceDraft("Gull Point Radio", "Small: ferry timetable",
                        "Tomas Vell", "", LocalDate.of(2031, 3, 5), "", paragraphs(random, 6_000), "benchmark"));
                List<Excerpt> excerpts = new ArrayList<>();
                int[] starts = random.ints(HIGHLIGHTS, 0, bigText.length() - 1_000).sorted().toArray();
                int previousEnd = 0;
                for (int start : starts) {
                    int from = Math.max(start, previousEnd + 1);
                    int to = from + 40 + random.nextInt(260);
                    excerpts.add(project.library().addExcerpt(ExcerptDraft.of(big.id(), bigText, from, to)));
                    previousEnd = to;
                }
                long storyId = project.stories().createStory("Harbour inquiry", "", HouseStyle.DEFAULT).id();
                int facts = 60;
                for (int f = 0; f < facts; f++) {
                    List<Citation> citations = new ArrayList<>();
                    for (int e = f; e < excerpts.size(); e += facts) {
                        citations.add(Citation.ofExcerpt(excerpts.get(e)));
                    }
                    if (f % 3 == 0) { // a third of the facts also cite another fact's passage: shared highlights
                        citations.add(Citation.ofExcerpt(excerpts.get((f * 7 + 1) % excerpts.size())));
                    }
                    project.stories().addFact(storyId, f, "Fact " + (f + 1) + " about the harbour inquiry.",
                            citations.stream().distinct().toList(), f % Fact.COLOURS);
                }
                return storyId;
            });
        }
    }

    /** Ordinary paragraphs of 300 to 600 characters, separated by blank lines, like an imported article. */
    static String paragraphs(Random random, int length) {
        String[] words = {"harbour", "council", "ferry", "timber", "market", "traders", "vote", "engineers",
            "the", "of", "and", "a", "said", "on", "Tuesday", "crowns", "quay", "repairs", "island", "winter",
            "residents", "inquiry", "budget", "was", "would", "not", "after", "before", "committee", "survey"};
        StringBuilder text = new StringBuilder(length + 1_000);
        while (text.length() < length) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int paragraphEnd = text.length() + 300 + random.nextInt(300);
            boolean sentenceStart = true;
            while (text.length() < paragraphEnd) {
                String word = words[random.nextInt(words.length)];
                text.append(sentenceStart ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                sentenceStart = random.nextInt(12) == 0;
                text.append(sentenceStart ? ". " : " ");
            }
            text.setLength(text.length() - 1);
            if (!sentenceStart) {
                text.append('.');
            }
        }
        return text.substring(0, length);
    }

    private static long[] millis(long[] nanos) {
        return Arrays.stream(nanos).map(n -> n / 1_000_000).toArray();
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }
}
