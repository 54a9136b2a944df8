package org.factdesk.store;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.Story;

/**
 * A second process for store tests: {@code hold FILE} opens a project and waits until killed ({@code
 * hold-after-peek} also opens and closes the file once more, as a file dialog does); {@code write FILE}
 * adds facts one by one, printing {@code committed N} after each returns.
 */
public final class ProjectFileHolder {

    private ProjectFileHolder() {
    }

    public static void main(String[] args) throws Exception {
        Project project = new H2ProjectFiles().openOrCreate(Path.of(args[1]));
        if (args[0].equals("hold-after-peek")) {
            // What a desktop file dialog does when it sniffs a file's type: open it and close it again. On
            // Linux that releases every lock this process holds on the file.
            java.nio.file.Files.newInputStream(project.file()).close();
        }
        if (args[0].startsWith("hold")) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
            return;
        }
        Story story = project.stories().createStory("Kill test", "", HouseStyle.DEFAULT);
        for (int i = 1; i <= 100_000; i++) {
            project.stories().addFact(story.id(), i, "Fact number " + i + ".", List.of());
            System.out.println("committed " + i);
            System.out.flush();
        }
    }
}
