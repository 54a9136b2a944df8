package org.factdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.store.H2ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk list}: the stories and sources of a project as two aligned tables. One run. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the stories (id, title, number of facts) and sources (id, outlet, title, published "
                + "date) of a project.")
final class ListCommand implements Callable<Integer> {

    private static final int TITLE_WIDTH = 60;
    private static final int OUTLET_WIDTH = 28;

    @Parameters(index = "0", paramLabel = "<project.mv.db>", description = "The project file.")
    Path projectFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ProjectFileException {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = new H2ProjectFiles().openForReading(H2ProjectFiles.withSuffix(projectFile))) {
            printStories(out, project);
            out.println();
            printSources(out, project.library().sources());
        }
        out.flush();
        return FactdeskCli.EXIT_OK;
    }

    private static void printStories(PrintWriter out, Project project) {
        List<Story> stories = project.stories().stories();
        out.println("Stories (" + stories.size() + ")");
        if (stories.isEmpty()) {
            out.println("  none");
            return;
        }
        TextTable table = new TextTable(TextTable.Column.right("ID"), TextTable.Column.left("TITLE", TITLE_WIDTH),
                TextTable.Column.right("FACTS"));
        for (Story story : stories) {
            int facts = project.stories().loadStory(story.id()).facts().size();
            table.row(story.id(), story.title().isBlank() ? "(untitled)" : story.title(), facts);
        }
        table.render("  ").forEach(out::println);
    }

    private static void printSources(PrintWriter out, List<Source> sources) {
        out.println("Sources (" + sources.size() + ")");
        if (sources.isEmpty()) {
            out.println("  none");
            return;
        }
        TextTable table = new TextTable(TextTable.Column.right("ID"), TextTable.Column.left("OUTLET", OUTLET_WIDTH),
                TextTable.Column.left("TITLE", TITLE_WIDTH), TextTable.Column.left("PUBLISHED", 10));
        for (Source source : sources) {
            table.row(source.id(), source.outlet(), source.title(),
                    source.published() == null ? "-" : source.published().toString());
        }
        table.render("  ").forEach(out::println);
    }
}
