package org.factdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.logic.interchange.StoryJsonException;
import org.factdesk.logic.interchange.StoryJsonImporter;
import org.factdesk.logic.interchange.StoryJsonReader;
import org.factdesk.logic.interchange.StoryPlan;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.store.H2ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk import}: adds a story JSON file to a project as a new story and prints its id alone on the
 * last line, so scripts can capture it. The JSON is read and checked in full before the project is opened, so
 * a bad file never creates or touches a project. One run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add a story JSON file to a project (created if missing) and print the new story's id.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project.mv.db>", description = "The project file; created if missing.")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "<story.json>", description = "A story in Factdesk's JSON format.")
    Path storyFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ProjectFileException, IOException, UserError {
        StoryPlan plan = read();
        long storyId;
        try (Project project = new H2ProjectFiles().openOrCreate(projectFile)) {
            storyId = new StoryJsonImporter(project).importStory(plan);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(storyId);
        out.flush();
        return FactdeskCli.EXIT_OK;
    }

    private StoryPlan read() throws IOException, UserError {
        if (Files.isDirectory(storyFile)) {
            // Reading a folder fails with a bare "Is a directory" that names nothing.
            throw new UserError(storyFile + " is a folder, not a story JSON file.");
        }
        try {
            return new StoryJsonReader().read(storyFile);
        } catch (StoryJsonException e) {
            // The reader says where in the file; the user also needs to know which file.
            throw new UserError(storyFile.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
