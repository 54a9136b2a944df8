package org.factdesk.logic.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.factdesk.logic.anchoring.ExcerptReanchoring;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;

/**
 * Issue 8's re-anchoring figure: 300 excerpts of a generated article of about 60,000 characters found again
 * after a correction that trims junk before the text, changes a word in every third quote, doubles a space in
 * every fifth and deletes every thirtieth sentence (so exact, approximate and lost passages all occur). Reports the
 * median time of {@link ExcerptReanchoring} over the 300. One run on the calling thread.
 */
public final class ReanchoringBenchmark {

    /** The figure's target from issue 8. */
    public static final int TARGET_MILLIS = 200;
    public static final int EXCERPTS = 300;

    /** The median in milliseconds and how many excerpts ended with each outcome. */
    public record Result(double medianMillis, double p90Millis, long unchanged, long moved, long orphaned) {
    }

    private ReanchoringBenchmark() {
    }

    public static Result measure(long seed, int runs) {
        Random random = new Random(seed);
        FictionalProse.Article article = new FictionalProse(random).article(60_000);
        String text = article.text();
        List<int[]> sentences = article.sentences();
        List<Excerpt> excerpts = new ArrayList<>(EXCERPTS);
        int step = Math.max(1, sentences.size() / EXCERPTS);
        for (int i = 0; i < EXCERPTS; i++) {
            int[] sentence = sentences.get(Math.min(i * step, sentences.size() - 1));
            ExcerptDraft draft = ExcerptDraft.of(1, text, sentence[0], sentence[1]);
            excerpts.add(new Excerpt(i + 1, 1, draft.start(), draft.end(), draft.quote(), draft.contextBefore(),
                    draft.contextAfter()));
        }
        String corrected = corrected(text, excerpts);
        ExcerptReanchoring reanchoring = new ExcerptReanchoring();
        List<Excerpt> found = reanchoring.reanchor(excerpts, corrected);
        for (int i = 0; i < 2; i++) {
            found = reanchoring.reanchor(excerpts, corrected);
        }
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            found = reanchoring.reanchor(excerpts, corrected);
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        double p90 = millis[Math.max(0, (int) Math.ceil(0.9 * runs) - 1)];
        return new Result(median, p90, count(found, Anchoring.UNCHANGED), count(found, Anchoring.MOVED),
                count(found, Anchoring.ORPHANED));
    }

    /** Edits from the last excerpt back, so the offsets of those before stay right. */
    private static String corrected(String text, List<Excerpt> excerpts) {
        StringBuilder edited = new StringBuilder(text);
        for (int i = excerpts.size() - 1; i >= 0; i--) {
            Excerpt excerpt = excerpts.get(i);
            if (i % 30 == 29) {
                edited.delete(excerpt.start(), excerpt.end());
            } else if (i % 3 == 0) {
                int space = edited.indexOf(" ", excerpt.start() + excerpt.quote().length() / 2);
                if (space > 0 && space < excerpt.end()) {
                    edited.insert(space, " indeed");
                }
            } else if (i % 5 == 1) {
                int space = edited.indexOf(" ", excerpt.start());
                if (space > 0 && space < excerpt.end()) {
                    edited.insert(space, ' ');
                }
            }
        }
        return "Cookies: we use them. Accept all. Most read today.\n\n" + edited;
    }

    private static long count(List<Excerpt> excerpts, Anchoring outcome) {
        return excerpts.stream().filter(excerpt -> excerpt.anchoring() == outcome).count();
    }
}
