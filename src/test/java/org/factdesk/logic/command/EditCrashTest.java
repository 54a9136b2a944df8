package org.factdesk.logic.command;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdesk.logic.command.StoryScript.Edit;
import org.factdesk.logic.command.StoryScript.StoryState;
import org.factdesk.model.HouseStyle;
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
 * order: the file must read as the acknowledged edits followed by some prefix of the unacknowledged ones. At every
 * acknowledgement the child also prints the fingerprint of the story it shows, which must match the test's replay,
 * so that a wrong replay is told apart from a wrong file. It goes on until {@code KILLS} children had acknowledged
 * an edit before their kill, so that a busy machine makes the test longer, not weaker.
 * The seed is fixed (override with {@code -Dcrash.seed=...}) and printed with every failure; a failure also keeps
 * the file as the kill left it, under {@code target/edit-crash/} (override with {@code -Dcrash.evidence=...}).
 */
class EditCrashTest {

    /** Runs whose child acknowledged at least one edit before the kill: the runs that prove something. */
    private static final int KILLS = 8;
    /**
     * Runs at most, counting those killed before their first acknowledgement. On a busy machine a child may not
     * acknowledge anything within the kill window; such a run is still checked, but another one is added.
     */
    private static final int MAX_RUNS = 2 * KILLS;
    /** The longest wait for a child's first acknowledgement when its kill is timed from it. */
    private static final long FIRST_ACK_WAIT_MILLIS = 30_000;
    private static final long SEED = Long.getLong("crash.seed", 20261130L);
    private static final int LAST_LINES_SHOWN = 16;

    @TempDir
    Path folder;

    /** The most edits one child makes; it then waits to be killed. Far more than it manages in a run. */
    static final int EDITS_PER_RUN = 1_000;

    @Test
    void everyAcknowledgedEditSurvivesAKill() throws Exception {
        Path file = folder.resolve("crash.mv.db");
        Path asKilled = folder.resolve("as-killed.bin");
        long storyId = createProject(file);
        Random random = new Random(SEED);
        StoryState state = StoryState.of(read(file, storyId));
        int runsWithAcknowledgements = 0;
        int run = 0;
        for (; run < MAX_RUNS && runsWithAcknowledgements < KILLS; run++) {
            long killAfterMillis = 150L + random.nextInt(900);
            // Every other child is killed a while after it is ready, at any moment, even before its first write
            // lands; the others a while after their first acknowledgement, so that each of those proves
            // something however slow the machine is.
            boolean afterFirstAck = run % 2 == 1;
            String where = "seed " + SEED + ", run " + run + ", kill " + killAfterMillis + " ms after "
                    + (afterFirstAck ? "the first acknowledgement" : "start-up");
            ChildRun child = editAndKill(file, SEED + run, run * EDITS_PER_RUN, afterFirstAck, killAfterMillis,
                    where);
            checkReplayMatchesEditor(state, child, where);
            if (child.acknowledged() > 0) {
                runsWithAcknowledgements++;
            }
            // Opening the file repairs what the kill left, so a copy is kept to show what it was.
            Files.copy(file, asKilled, StandardCopyOption.REPLACE_EXISTING);

            StoryState found = StoryState.of(read(file, storyId));
            List<StoryState> allowed = new ArrayList<>();
            StoryState expected = state;
            for (int i = 0; i < child.edits().size(); i++) {
                if (i >= child.acknowledged()) {
                    allowed.add(expected);
                }
                expected = replay(expected, child.edits().get(i), where);
            }
            allowed.add(expected);
            if (!allowed.contains(found)) {
                fail(where + ": the file does not hold the " + child.acknowledged() + " acknowledged edits in order"
                        + " (of " + child.edits().size() + " begun)."
                        + "\nFound:\n  " + found
                        + "\nExpected after the acknowledged edits:\n  " + allowed.get(0)
                        + (allowed.size() > 1 ? "\nor after one to all of the later edits, the last being:\n  "
                                + allowed.get(allowed.size() - 1) : "")
                        + "\nEdits after the last acknowledgement: "
                        + child.edits().subList(child.acknowledged(), child.edits().size())
                        + "\nThe child's last lines:\n  " + String.join("\n  ", child.lastLines(LAST_LINES_SHOWN))
                        + "\nThe file as the kill left it: " + keep(asKilled, run));
            }
            state = found;
        }
        int proving = runsWithAcknowledgements;
        int runs = run;
        assertTrue(proving >= KILLS, () -> "seed " + SEED + ": only " + proving + " of " + runs + " children "
                + "acknowledged an edit before they were killed; the test proved little");
    }

    /**
     * At each acknowledgement the story the child shows must be the one the replay of its edits gives; otherwise
     * the replay, not the file, is what is wrong, and comparing the file with it proves nothing.
     */
    private static void checkReplayMatchesEditor(StoryState start, ChildRun child, String where) {
        StoryState replayed = start;
        int next = 0;
        for (Acknowledgement ack : child.acknowledgements()) {
            for (; next < ack.edits(); next++) {
                replayed = replay(replayed, child.edits().get(next), where);
            }
            if (!replayed.fingerprint().equals(ack.fingerprint())) {
                fail(where + ": after edit " + ack.edits() + " the child shows a story with fingerprint "
                        + ack.fingerprint() + ", but the replay of its edits gives " + replayed.fingerprint()
                        + ":\n  " + replayed + "\nEdits: " + child.edits().subList(0, ack.edits())
                        + "\nThe child's last lines:\n  " + String.join("\n  ", child.lastLines(LAST_LINES_SHOWN)));
            }
        }
    }

    private static StoryState replay(StoryState state, Edit edit, String where) {
        try {
            return state.after(edit);
        } catch (AssertionError e) {
            throw new AssertionError(where + ": " + e.getMessage(), e);
        }
    }

    /** Keeps the file as the kill left it beyond the test's temporary folder; says where, or why not. */
    private static String keep(Path asKilled, int run) {
        try {
            Path evidence = Path.of(System.getProperty("crash.evidence", "target/edit-crash"));
            Files.createDirectories(evidence);
            Path kept = evidence.resolve("seed-" + SEED + "-run-" + run + H2ProjectFiles.SUFFIX).toAbsolutePath();
            Files.copy(asKilled, kept, StandardCopyOption.REPLACE_EXISTING);
            return kept.toString();
        } catch (IOException e) {
            return "not kept (" + e + ")";
        }
    }

    /** What one child printed: the edits it began, its acknowledgements, and every whole line. */
    private record ChildRun(List<Edit> edits, List<Acknowledgement> acknowledgements, List<String> lines) {

        /** How many of the edits the child acknowledged. */
        int acknowledged() {
            return acknowledgements.isEmpty() ? 0 : acknowledgements.get(acknowledgements.size() - 1).edits();
        }

        List<String> lastLines(int count) {
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        }
    }

    /** An {@code ACK}: how many edits were begun before it, and the fingerprint of the story the child showed. */
    private record Acknowledgement(int edits, String fingerprint) {
    }

    /**
     * Runs the child until {@code killAfterMillis} after it is ready, or after its first acknowledgement, then kills
     * it and collects what it printed.
     */
    private static ChildRun editAndKill(Path file, long seed, int firstNumber, boolean afterFirstAck,
            long killAfterMillis, String where) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        KillableChild child = KillableChild.start(new ProcessBuilder(java, "-cp",
                System.getProperty("java.class.path"), EditingProcess.class.getName(), file.toString(),
                String.valueOf(seed), String.valueOf(firstNumber))
                .redirectError(ProcessBuilder.Redirect.DISCARD));
        try {
            if (!child.awaitLine("READY" + EditingProcess.END, 30_000)) {
                fail(where + ": the child did not open the project within 30 s; it printed " + child.linesSoFar());
            }
            if (afterFirstAck) {
                // A child that is slower still is killed all the same; its run is checked but proves less.
                child.awaitLine(line -> line.startsWith("ACK\t"), FIRST_ACK_WAIT_MILLIS);
            }
            Thread.sleep(killAfterMillis);
        } finally {
            child.kill();
        }
        List<Edit> edits = new ArrayList<>();
        List<Acknowledgement> acknowledgements = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        for (String line : child.linesAfterKill()) {
            if (!line.endsWith(EditingProcess.END)) {
                continue; // torn by the kill: the child had not yet begun that edit
            }
            whole.add(line);
            String[] fields = line.substring(0, line.length() - EditingProcess.END.length()).split("\t", -1);
            switch (fields[0]) {
                case "DO" -> edits.add(new Edit(fields[1], fields[2], fields[3]));
                case "ACK" -> acknowledgements.add(new Acknowledgement(edits.size(), fields[1]));
                case "READY" -> { }
                default -> fail(where + ": the child reported " + line);
            }
        }
        return new ChildRun(edits, acknowledgements, whole);
    }

    private static long createProject(Path file) throws Exception {
        String text = IntStream.range(0, (MAX_RUNS + 1) * EDITS_PER_RUN).mapToObj(RandomEdits::sentence)
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
}
