package org.factdesk.logic.command;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.StoryDocument;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM ({@link EditingProcess}) with SIGKILL at random moments while it edits a story through
 * {@link StoryEditor} and a real {@link ProjectQueue}, then opens the file: it must open, and it must hold every
 * edit the child acknowledged. The edits after the last acknowledgement may or may not have landed, but only in
 * order: the file must read as the acknowledged edits followed by some prefix of the unacknowledged ones.
 * The seed is fixed (override with {@code -Dcrash.seed=...}) and printed with every failure.
 */
class EditCrashTest {

    private static final int KILLS = 8;
    private static final long SEED = Long.getLong("crash.seed", 20261130L);

    @TempDir
    Path folder;

    /** The most edits one child makes; it then waits to be killed. Far more than it manages in a run. */
    static final int EDITS_PER_RUN = 1_000;

    /** The source sentence that edit {@code number} quotes if it makes a fact; each is unique in the source. */
    static String sentence(int number) {
        return String.format("Ferry %05d crossed the sound at dawn.", number);
    }

    /** Where {@link #sentence} starts in the source text: the sentences are all as long, a blank line apart. */
    static int sentenceStart(int number) {
        return number * (sentence(0).length() + 2);
    }

    @Test
    void everyAcknowledgedEditSurvivesAKill() throws Exception {
        Path file = folder.resolve("crash.mv.db");
        long storyId = createProject(file);
        Random random = new Random(SEED);
        StoryState state = StoryState.of(read(file, storyId));
        int acknowledged = 0;
        for (int run = 0; run < KILLS; run++) {
            long killAfterMillis = 150L + random.nextInt(900);
            String where = "seed " + SEED + ", run " + run + ", kill after " + killAfterMillis + " ms";
            List<Edit> edits = new ArrayList<>();
            int acknowledgedEdits = editAndKill(file, SEED + run, run * EDITS_PER_RUN, killAfterMillis, edits, where);
            acknowledged += acknowledgedEdits;

            StoryState found = StoryState.of(read(file, storyId));
            List<StoryState> allowed = new ArrayList<>();
            StoryState expected = state;
            for (int i = 0; i < edits.size(); i++) {
                if (i >= acknowledgedEdits) {
                    allowed.add(expected);
                }
                expected = expected.after(edits.get(i), where);
            }
            allowed.add(expected);
            if (!allowed.contains(found)) {
                fail(where + ": the file does not hold the " + acknowledgedEdits + " acknowledged edits in order"
                        + " (of " + edits.size() + " begun).\nFound:    " + found + "\nExpected: " + allowed.get(0)
                        + (allowed.size() > 1 ? "\n or one of " + (allowed.size() - 1) + " later states" : ""));
            }
            state = found;
        }
        int total = acknowledged;
        assertTrue(total >= KILLS, () -> "seed " + SEED + ": only " + total + " edits were acknowledged in "
                + KILLS + " runs; the test proved little");
    }

    /**
     * Runs the child until {@code killAfterMillis} after it is ready, then kills it and collects the edits it
     * began into {@code edits}. Returns how many of them it acknowledged.
     */
    private static int editAndKill(Path file, long seed, int firstNumber, long killAfterMillis, List<Edit> edits,
            String where) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EditingProcess.class.getName(), file.toString(), String.valueOf(seed), String.valueOf(firstNumber))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> readAll(child, lines), "crash-test-reader");
        reader.start();
        try {
            awaitReady(lines, where);
            Thread.sleep(killAfterMillis);
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(20));
        }
        int acknowledged = 0;
        synchronized (lines) {
            for (String line : lines) {
                if (!line.endsWith(EditingProcess.END)) {
                    continue; // torn by the kill: the child had not yet begun that edit
                }
                String[] fields = line.substring(0, line.length() - EditingProcess.END.length()).split("\t", -1);
                switch (fields[0]) {
                    case "DO" -> edits.add(new Edit(fields[1], fields[2], fields[3]));
                    case "ACK" -> acknowledged = edits.size();
                    case "READY" -> { }
                    default -> fail(where + ": the child reported " + line);
                }
            }
        }
        return acknowledged;
    }

    private static void readAll(Process child, List<String> lines) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The pipe closes when the child is killed; what was read is all there is.
        }
    }

    private static void awaitReady(List<String> lines, String where) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        synchronized (lines) {
            while (!lines.contains("READY" + EditingProcess.END)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    fail(where + ": the child did not open the project within 30 s; it printed " + lines);
                }
                lines.wait(left);
            }
        }
    }

    private static long createProject(Path file) throws Exception {
        String text = IntStream.range(0, (KILLS + 1) * EDITS_PER_RUN).mapToObj(EditCrashTest::sentence)
                .collect(Collectors.joining("\n\n"));
        try (Project project = new H2ProjectFiles().openOrCreate(file)) {
            project.library().addSource(new SourceDraft("Sound Courier", "Ferries all night", "", "", null, "",
                    text, "test"));
            return project.stories().createStory("Night ferries", "The sound stays open.", HouseStyle.DEFAULT).id();
        }
    }

    private static StoryDocument read(Path file, long storyId) throws Exception {
        try (Project project = new H2ProjectFiles().open(file)) {
            return project.stories().loadStory(storyId);
        }
    }

    /** One edit as the child printed it: a kind and two fields. */
    private record Edit(String kind, String first, String second) {
    }

    /** What the test follows of a story: its facts' texts and its narratives' labels, in order. */
    private record StoryState(List<String> facts, List<String> narratives) {

        static StoryState of(StoryDocument document) {
            return new StoryState(document.facts().stream().map(fact -> fact.text()).toList(),
                    document.narratives().stream().map(Narrative::label).toList());
        }

        StoryState after(Edit edit, String where) {
            List<String> newFacts = new ArrayList<>(facts);
            List<String> newNarratives = new ArrayList<>(narratives);
            switch (edit.kind()) {
                case "NEW" -> newFacts.add(Integer.parseInt(edit.first()), edit.second());
                case "TEXT" -> newFacts.set(indexOf(newFacts, edit.first(), where), edit.second());
                case "MOVE" -> newFacts.add(Integer.parseInt(edit.second()),
                        newFacts.remove(indexOf(newFacts, edit.first(), where)));
                case "NARRATIVE" -> newNarratives.add(Integer.parseInt(edit.first()), edit.second());
                default -> fail(where + ": unknown edit " + edit);
            }
            return new StoryState(List.copyOf(newFacts), List.copyOf(newNarratives));
        }

        private static int indexOf(List<String> facts, String text, String where) {
            int index = facts.indexOf(text);
            if (index < 0) {
                fail(where + ": the child edited a fact \"" + text + "\" that the test does not know");
            }
            return index;
        }
    }
}
