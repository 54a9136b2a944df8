package org.factdesk.store;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.Story;

/**
 * A second process for store tests: {@code hold FILE} opens a project and waits until killed ({@code
 * hold-after-peek} also opens and closes the file once more, as a file dialog does; {@code hold-with-exit-work}
 * registers a story to be written when the process is told to end); {@code write FILE}
 * adds facts one by one, printing {@code committed N} after each returns; {@code recover DAMAGED NEW} runs a
 * recovery. A project it cannot open is reported
 * as {@code refused PROBLEM} and exit status 2, so a test can tell that refusal from any other death.
 */
public final class ProjectFileHolder {

    static final int REFUSED = 2;

    private ProjectFileHolder() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("recover")) {
            new H2ProjectFiles().recover(Path.of(args[1]), Path.of(args[2]));
            System.out.println("recovered");
            return;
        }
        Project project;
        try {
            project = new H2ProjectFiles().openOrCreate(Path.of(args[1]));
        } catch (ProjectFileException e) {
            System.out.println("refused " + e.problem());
            System.out.flush();
            System.exit(REFUSED);
            return;
        }
        if (args[0].equals("hold-after-peek")) {
            // What a desktop file dialog does when it sniffs a file's type: open it and close it again. On
            // Linux that releases every lock this process holds on the file.
            java.nio.file.Files.newInputStream(project.file()).close();
        }
        if (args[0].equals("hold-with-exit-work")) {
            // Stands for the workstation's queued edits: written by the exit hook before the project closes.
            H2ProjectFiles.beforeClosingAtExit(() -> project.stories().createStory("Written at exit", "",
                    HouseStyle.DEFAULT));
        }
        if (args[0].startsWith("hold")) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
            return;
        }
        Story story = project.stories().createStory("Kill test", "", HouseStyle.DEFAULT);
        for (int i = 1; i <= 100_000; i++) {
            project.stories().addFact(story.id(), i, "Fact number " + i + ".", List.of(), 0);
            System.out.println("committed " + i);
            System.out.flush();
        }
    }
}
