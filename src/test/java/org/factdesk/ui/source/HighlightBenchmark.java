package org.factdesk.ui.source;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Not a test: measures, in a real stage, how long a 2 MB source with 300 highlights takes from setting its text
 * and style spans to layout done, and how long re-applying the highlights alone takes (what a document change
 * costs). Prints the median of ten runs. Run with a display (Xvfb) or with the Monocle flags of the pom.
 */
public final class HighlightBenchmark {

    private static final int TEXT_CHARS = 2 * 1024 * 1024;
    private static final int HIGHLIGHTS = 300;
    private static final int RUNS = 10;

    public static void main(String[] args) {
        Application.launch(Run.class, args);
    }

    /** The JavaFX application that runs the measurement on the JavaFX thread. */
    public static final class Run extends Application {

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            StyleClassedTextArea area = new StyleClassedTextArea(false);
            area.setEditable(false);
            area.setWrapText(true);
            area.getStyleClass().add(SourcePane.TEXT);
            Scene scene = new Scene(new VirtualizedScrollPane<>(area), 600, 800);
            scene.getStylesheets().add(SourcePane.STYLESHEET);
            stage.setScene(scene);
            stage.show();

            String text = sourceText();
            List<HighlightRange> ranges = highlights(text.length());
            long[] load = new long[RUNS];
            long[] restyle = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                area.replaceText("");
                layout(scene);
                long start = System.nanoTime();
                area.replaceText(text);
                area.setStyleSpans(0, HighlightSpans.of(ranges, area.getLength()));
                area.showParagraphAtCenter(area.getParagraphs().size() / 2);
                layout(scene);
                load[run] = System.nanoTime() - start;

                start = System.nanoTime();
                area.setStyleSpans(0, HighlightSpans.of(ranges, area.getLength()));
                layout(scene);
                restyle[run] = System.nanoTime() - start;
            }
            System.out.printf("2 MB source (%d paragraphs), %d highlights, median of %d runs:%n",
                    area.getParagraphs().size(), ranges.size(), RUNS);
            System.out.printf("  text + spans to layout done: %d ms%n", medianMillis(load));
            System.out.printf("  highlights re-applied to layout done: %d ms%n", medianMillis(restyle));
            Platform.exit();
        }

        private static void layout(Scene scene) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
    }

    /** Paragraphs of 300 to 900 characters of made-up words, separated by blank lines, like a long source. */
    static String sourceText() {
        Random random = new Random(7);
        String[] words = {"harbour", "council", "ferry", "timber", "market", "traders", "vote", "engineers",
            "the", "of", "and", "a", "said", "on", "Tuesday", "crowns", "quay", "repairs", "island", "winter"};
        StringBuilder text = new StringBuilder(TEXT_CHARS + 1000);
        while (text.length() < TEXT_CHARS) {
            int paragraphEnd = text.length() + 300 + random.nextInt(600);
            while (text.length() < paragraphEnd) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append(".\n\n");
        }
        return text.substring(0, TEXT_CHARS);
    }

    /** 300 sorted, non-overlapping stretches of 40 to 400 characters, from 12 facts, a tenth of them shared. */
    static List<HighlightRange> highlights(int textLength) {
        Random random = new Random(11);
        int[] starts = random.ints(HIGHLIGHTS, 0, textLength - 500).sorted().toArray();
        List<HighlightRange> ranges = new ArrayList<>();
        int previousEnd = 0;
        for (int start : Arrays.stream(starts).toArray()) {
            int from = Math.max(start, previousEnd);
            int to = from + 40 + random.nextInt(360);
            int fact = random.nextInt(12);
            ranges.add(new HighlightRange(from, to, random.nextInt(10) == 0 ? List.of(fact, fact + 1) : List.of(fact)));
            previousEnd = to;
        }
        return ranges;
    }

    private static long medianMillis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2 / 1_000_000;
    }
}
