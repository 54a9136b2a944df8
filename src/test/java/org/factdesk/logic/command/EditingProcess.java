package org.factdesk.logic.command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.store.H2ProjectFiles;

/**
 * The child JVM of {@link EditCrashTest}: opens a project as the window does (a {@link ProjectQueue} on one
 * project thread behind a {@link StoryEditor}) and edits its one story with {@link RandomEdits} until it is
 * killed. Before each edit it prints a {@code DO} line saying what the edit is; after a batch of edits it waits
 * for the queue to flush and prints {@code ACK} with the fingerprint of the story it shows, so every edit printed
 * before an {@code ACK} has been written to the file, and the test can check its replay against the editor. The
 * main thread plays the JavaFX thread.
 *
 * <p>Arguments: the project file, a random seed, and the first number to use in this run's texts, so that every
 * text a run writes is unique and the test can follow each fact by its text.
 */
final class EditingProcess {

    /** Each line ends with this, so that the test can tell a whole line from a torn one. */
    static final String END = "\t;";

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final MemoryWorkspace workspace;
    private final RandomEdits edits;
    private final int last;

    private EditingProcess(Project project, ExecutorService projectThread, long seed, int firstNumber) {
        Source source = project.library().sources().get(0);
        String sourceText = project.library().sourceText(source.id());
        long storyId = project.stories().stories().get(0).id();
        ProjectQueue queue = new ProjectQueue(project, projectThread, failure -> {
            say("FAILED", String.valueOf(failure).replaceAll("\\s+", " "));
            System.exit(4);
        });
        this.workspace = new MemoryWorkspace(project.stories().loadStory(storyId), queue);
        this.edits = new RandomEdits(new StoryEditor(workspace, new CommandStack()), workspace, source, sourceText,
                seed, firstNumber);
        this.last = firstNumber + EditCrashTest.EDITS_PER_RUN - 4;
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
        while (edits.number() < last) {
            int batch = edits.batchSize();
            for (int i = 0; i < batch; i++) {
                edits.editOnce(edit -> {
                    List<String> fields = new ArrayList<>(List.of("DO"));
                    fields.addAll(edit.fields());
                    say(fields.toArray(String[]::new));
                });
            }
            workspace.queue().flush().join();
            say("ACK", StoryScript.StoryState.of(workspace.document()).fingerprint());
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private void say(String... fields) {
        out.println(String.join("\t", fields) + END);
    }
}
