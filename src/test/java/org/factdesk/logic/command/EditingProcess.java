package org.factdesk.logic.command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.factdesk.model.Fact;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.store.H2ProjectFiles;

/**
 * The child JVM of {@link EditCrashTest}: opens a project as the window does (a {@link ProjectQueue} on one
 * project thread behind a {@link StoryEditor}) and edits its one story until it is killed. Before each edit it
 * prints a {@code DO} line saying what the edit is; after a batch of edits it waits for the queue to flush and
 * prints {@code ACK}, so every edit printed before an {@code ACK} has been written to the file. The main thread
 * plays the JavaFX thread.
 *
 * <p>Arguments: the project file, a random seed, and the first number to use in this run's texts, so that every
 * text a run writes is unique and the test can follow each fact by its text.
 */
final class EditingProcess {

    /** Each line ends with this, so that the test can tell a whole line from a torn one. */
    static final String END = "\t;";
    static final String NARRATIVE_PROVIDER = "Quay Gazette";

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final Random random;
    private final Source source;
    private final String sourceText;
    private final MemoryWorkspace workspace;
    private final StoryEditor editor;
    private int number;

    private EditingProcess(Project project, ExecutorService projectThread, long seed, int firstNumber) {
        this.random = new Random(seed);
        this.number = firstNumber;
        this.source = project.library().sources().get(0);
        this.sourceText = project.library().sourceText(source.id());
        long storyId = project.stories().stories().get(0).id();
        ProjectQueue queue = new ProjectQueue(project, projectThread, failure -> {
            say("FAILED", String.valueOf(failure));
            System.exit(4);
        });
        this.workspace = new MemoryWorkspace(project.stories().loadStory(storyId), queue);
        this.editor = new StoryEditor(workspace, new CommandStack());
    }

    public static void main(String[] args) throws Exception {
        Project project = new H2ProjectFiles().open(Path.of(args[0]));
        ExecutorService projectThread = Executors.newSingleThreadExecutor();
        EditingProcess process = new EditingProcess(project, projectThread, Long.parseLong(args[1]),
                Integer.parseInt(args[2]));
        process.say("READY");
        process.editUntilKilled();
    }

    private void editUntilKilled() throws InterruptedException {
        int last = number + EditCrashTest.EDITS_PER_RUN - 4;
        while (number < last) {
            int batch = 1 + random.nextInt(4);
            for (int i = 0; i < batch; i++) {
                editOnce();
            }
            workspace.queue().flush().join();
            say("ACK");
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private void editOnce() {
        List<Fact> facts = workspace.document().facts();
        int choice = facts.size() < 2 ? 0 : random.nextInt(100);
        number++;
        if (choice < 35) {
            newFact(facts.size());
        } else if (choice < 65) {
            editText(facts.get(random.nextInt(facts.size())));
        } else if (choice < 85) {
            move(facts);
        } else {
            addNarrative();
        }
    }

    private void newFact(int factCount) {
        int at = random.nextInt(factCount + 1);
        String sentence = EditCrashTest.sentence(number);
        int start = EditCrashTest.sentenceStart(number);
        say("DO", "NEW", String.valueOf(at), sentence);
        editor.newFact(at, Passage.of(source, sourceText, start, start + sentence.length()));
    }

    private void editText(Fact fact) {
        String text = String.format("Note %07d on the crossing.", number);
        say("DO", "TEXT", fact.text(), text);
        editor.typeFactText(fact.id(), text);
        editor.finishFactText(fact.id(), fact.text());
    }

    private void move(List<Fact> facts) {
        int from = random.nextInt(facts.size());
        int to = (from + 1 + random.nextInt(facts.size() - 1)) % facts.size();
        say("DO", "MOVE", facts.get(from).text(), String.valueOf(to));
        editor.moveFact(facts.get(from).id(), to);
    }

    private void addNarrative() {
        int at = random.nextInt(workspace.document().narratives().size() + 1);
        String label = String.format("Narrative %07d", number);
        say("DO", "NARRATIVE", String.valueOf(at), label);
        editor.addNarrative(at, label, NARRATIVE_PROVIDER, "The crossing matters to the island.");
    }

    private void say(String... fields) {
        out.println(String.join("\t", fields) + END);
    }
}
